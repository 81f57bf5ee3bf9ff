'use client';

import { useTranslations } from 'next-intl';
import type { RunActivity } from '@/lib/run/queries';

/**
 * The activity on now: what was chosen and planned, and the guidance. Each person sees the
 * guidance for their own role first and open; the partner's role is there, folded.
 */
export function CurrentActivity({ activity, position, count, userRole }: { activity: RunActivity; position: number; count: number; userRole: string }) {
  const t = useTranslations('run');
  const own = userRole === 'TEACHER' || userRole === 'CARE_WORKER' ? userRole : null;
  const roles = [
    { role: 'TEACHER' as const, text: activity.teacherGuidance },
    { role: 'CARE_WORKER' as const, text: activity.careWorkerGuidance },
  ]
    .filter((g): g is { role: 'TEACHER' | 'CARE_WORKER'; text: string } => Boolean(g.text))
    .sort((a, b) => (a.role === own ? -1 : b.role === own ? 1 : 0));
  // Without a separate part for one's role, the activity's own description is what to follow.
  const generalOpen = own === null || !roles.some((g) => g.role === own);

  return (
    <article aria-labelledby="current-activity-title" className="rounded-lg border-2 border-brand-600 bg-white p-5">
      <p className="text-sm font-semibold text-gray-700">{t('activityOf', { position, count })}</p>
      <h2 id="current-activity-title" className="mt-1 text-2xl font-bold text-brand-800" data-testid="current-activity">
        {t('activityHeading', { number: activity.number, title: activity.title })}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        <li className="rounded-full bg-brand-50 px-3 py-1 font-semibold text-brand-800">{t('lead', { lead: t(`lead_${activity.lead}`) })}</li>
        <li className="rounded-full bg-gray-100 px-3 py-1">{activity.plannedMinutes !== null ? t('planned', { minutes: activity.plannedMinutes }) : t('notPlanned')}</li>
        {activity.optionLabel ? <li className="rounded-full bg-sky-50 px-3 py-1 text-sky-900">{t('chosenOption', { option: activity.optionLabel })}</li> : null}
      </ul>
      {activity.ownChoice ? <p className="mt-2">{t('ownChoice', { text: activity.ownChoice })}</p> : null}
      {activity.purpose ? (
        <p className="mt-3 text-gray-800">
          <span className="font-semibold">{t('purpose')}: </span>
          {activity.purpose}
        </p>
      ) : null}
      {activity.notes ? (
        <div className="mt-3 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3">
          <p className="font-semibold">{t('planNotes')}</p>
          <p className="whitespace-pre-line">{activity.notes}</p>
        </div>
      ) : null}
      <div className="mt-4 flex flex-col gap-2">
        {roles.map((g) => (
          <details key={g.role} open={g.role === own} className="rounded-md bg-gray-50 p-3">
            <summary className="cursor-pointer font-semibold">
              {g.role === own ? t('yourRole', { role: t(`role_${g.role}`) }) : t('partnerRole', { role: t(`role_${g.role}`) })}
            </summary>
            <p className="mt-2 whitespace-pre-line">{g.text}</p>
          </details>
        ))}
        <details open={generalOpen} className="rounded-md bg-gray-50 p-3">
          <summary className="cursor-pointer font-semibold">{t('generalGuidance')}</summary>
          <p className="mt-2 whitespace-pre-line">{activity.guidance}</p>
        </details>
      </div>
    </article>
  );
}
