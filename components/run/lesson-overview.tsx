'use client';

import { useTranslations } from 'next-intl';
import { formatClock } from '@/lib/run/clock';
import type { RecordedOutcome } from '@/lib/run/meta';
import type { RunActivity } from '@/lib/run/queries';

const outcomeTone: Record<string, string> = {
  AS_PLANNED: 'bg-brand-100 text-brand-800',
  ADAPTED: 'bg-amber-100 text-amber-900',
  SKIPPED: 'bg-gray-200 text-gray-800',
};

/** Every planned activity with its planned and spent time and what was recorded; a step to jump to. */
export function LessonOverview({
  activities,
  current,
  spentMs,
  outcomes,
  onGoTo,
  disabled,
}: {
  activities: RunActivity[];
  current: number | null;
  spentMs: (activityNumber: number) => number;
  outcomes: Record<string, RecordedOutcome>;
  onGoTo: ((activityNumber: number) => void) | null;
  disabled: boolean;
}) {
  const t = useTranslations('run');
  return (
    <section aria-labelledby="overview-title" className="rounded-lg border border-brand-100 bg-white p-5">
      <h2 id="overview-title" className="text-lg font-bold text-brand-800">
        {t('overviewTitle')}
      </h2>
      <ol className="mt-3 flex flex-col gap-2" data-testid="lesson-overview">
        {activities.map((activity) => {
          const isCurrent = activity.number === current;
          const outcome = outcomes[String(activity.number)];
          const spent = spentMs(activity.number);
          const label = t('activityHeading', { number: activity.number, title: activity.title });
          return (
            <li
              key={activity.number}
              aria-current={isCurrent ? 'step' : undefined}
              className={`flex flex-col gap-2 rounded-md border p-3 sm:flex-row sm:items-center sm:justify-between ${isCurrent ? 'border-brand-600 bg-brand-50' : 'border-gray-200'}`}
            >
              <div className="min-w-0 flex-1">
                <p className="font-semibold">
                  {label}
                  {isCurrent ? <span className="ml-2 text-sm font-normal text-brand-800">({t('overviewCurrent')})</span> : null}
                </p>
                <p className="text-sm text-gray-700">
                  {activity.plannedMinutes !== null ? t('planned', { minutes: activity.plannedMinutes }) : t('notPlanned')}
                  {spent > 0 ? ` · ${t('spent', { time: formatClock(spent) })}` : ''}
                </p>
              </div>
              <div className="flex shrink-0 items-center gap-2">
                <span className={`whitespace-nowrap rounded-full px-3 py-1 text-sm font-semibold ${outcome ? outcomeTone[outcome.outcome] : 'bg-white text-gray-600'}`}>
                  {outcome ? t(`outcome_${outcome.outcome}`) : t('outcomeMissing')}
                </span>
                {onGoTo && !isCurrent ? (
                  <button type="button" disabled={disabled} onClick={() => onGoTo(activity.number)} className="min-h-11 whitespace-nowrap rounded-md px-3 font-semibold text-brand-800 underline disabled:opacity-50">
                    {t('goTo', { number: activity.number })}
                    <span className="sr-only">: {activity.title}</span>
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
