'use client';

import { useTranslations } from 'next-intl';
import { FieldFeedback } from '@/components/collab/field-feedback';
import type { SharedDocument } from '@/components/collab/use-shared-document';
import { activityKey } from '@/lib/plans/fields';
import type { ActivityView } from '@/lib/programme/queries';
import { SharedTextArea } from './shared-text-area';

const leads = ['CARE_WORKER', 'TEACHER', 'BOTH'] as const;

/** One activity of the lesson: the source's guidance, and the pair's choices for it. */
export function ActivityCard({
  activity,
  userRole,
  doc,
  names,
  editable,
}: {
  activity: ActivityView;
  userRole: string;
  doc: SharedDocument;
  names: Record<string, string>;
  editable: boolean;
}) {
  const t = useTranslations('plans');
  const key = (field: Parameters<typeof activityKey>[1]) => activityKey(activity.number, field);
  const value = (field: Parameters<typeof activityKey>[1]) => doc.fields[key(field)]?.value;
  const included = value('included') !== false;
  const chosen = value('option');
  const lead = (value('lead') as string | undefined) ?? activity.lead;
  const minutes = value('minutes');
  const chosenOption = activity.options.find((o) => o.key === chosen);
  const headingId = `activity-${activity.number}`;

  const ownRole = userRole === 'CARE_WORKER' ? 'careWorker' : 'teacher';
  const guidance = [
    { role: 'teacher', label: t('lead_TEACHER'), text: activity.teacherGuidance },
    { role: 'careWorker', label: t('lead_CARE_WORKER'), text: activity.careWorkerGuidance },
  ]
    .filter((g) => g.text)
    .sort((a, b) => (a.role === ownRole ? -1 : b.role === ownRole ? 1 : 0));

  return (
    <article aria-labelledby={headingId} className={`rounded-lg border bg-white p-5 ${included ? 'border-brand-100' : 'border-dashed border-gray-300 opacity-80'}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-lg font-bold text-brand-800">
          {t('activityHeading', { number: activity.number, title: activity.title })}
        </h3>
        <span className="rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-800">{t(`lead_${lead}` as 'lead_BOTH')}</span>
      </div>
      <p className="mt-1 text-gray-700">
        <span className="font-semibold">{t('purpose')}: </span>
        {activity.purpose}
      </p>
      <div className="mt-2 flex flex-col gap-1">
        {guidance.map((g, index) => (
          <details key={g.role} open={index === 0 && g.role === ownRole} className="rounded-md bg-gray-50 p-2">
            <summary className="cursor-pointer font-semibold">{g.role === ownRole ? t('guidanceOwn', { role: g.label }) : t('guidancePartner', { role: g.label.toLowerCase() })}</summary>
            <p className="mt-1 whitespace-pre-line">{g.text}</p>
          </details>
        ))}
        <details className="rounded-md bg-gray-50 p-2">
          <summary className="cursor-pointer font-semibold">{t('guidanceGeneral')}</summary>
          <p className="mt-1 whitespace-pre-line">{activity.guidance}</p>
        </details>
      </div>

      <div className="mt-4 grid gap-4 md:grid-cols-2">
        {activity.optional ? (
          <label className="flex items-center gap-3 md:col-span-2">
            <input type="checkbox" className="h-5 w-5" disabled={!editable} checked={included} onFocus={() => doc.focus(key('included'))} onChange={(e) => doc.set(key('included'), e.target.checked)} />
            <span className="font-semibold">{t('include')}</span>
          </label>
        ) : null}

        {activity.options.length > 0 ? (
          <fieldset className="md:col-span-2">
            <legend className="font-semibold">{t('optionLegend')}</legend>
            <div className="mt-2 flex flex-col gap-2">
              {activity.options.map((option) => (
                <label key={option.key} className="flex items-start gap-3">
                  <input
                    type="radio"
                    className="mt-1 h-5 w-5"
                    name={key('option')}
                    value={option.key}
                    disabled={!editable}
                    checked={chosen === option.key}
                    onFocus={() => doc.focus(key('option'))}
                    onChange={() => doc.set(key('option'), option.key)}
                  />
                  <span>
                    {option.label}
                    {option.description ? <span className="block text-sm text-gray-600">{option.description}</span> : null}
                  </span>
                </label>
              ))}
            </div>
            <FieldFeedback id={key('option')} field={doc.fields[key('option')]} presence={doc.presence} names={names} onKeepMine={() => doc.keepMine(key('option'))} onTakeTheirs={() => doc.takeTheirs(key('option'))} />
            {chosenOption?.ownChoice ? (
              <div className="mt-3">
                <SharedTextArea fieldKey={key('ownChoice')} label={t('ownChoiceLabel')} doc={doc} names={names} editable={editable} rows={2} />
              </div>
            ) : null}
          </fieldset>
        ) : null}

        <div className="flex flex-col gap-1">
          <label htmlFor={`minutes-${activity.number}`} className="font-semibold">
            {t('minutes')}
          </label>
          <input
            id={`minutes-${activity.number}`}
            type="number"
            inputMode="numeric"
            min={0}
            max={45}
            step={1}
            disabled={!editable || !included}
            value={typeof minutes === 'number' ? minutes : (activity.minutes ?? '')}
            aria-describedby={`minutes-hint-${activity.number}`}
            onFocus={() => doc.focus(key('minutes'))}
            onChange={(e) => {
              const raw = e.target.value;
              const parsed = raw === '' ? null : Number(raw);
              if (parsed === null || Number.isFinite(parsed)) doc.set(key('minutes'), parsed, { immediate: false });
            }}
            className="min-h-11 w-28 rounded-md border border-gray-400 bg-white px-3 py-2"
          />
          <p id={`minutes-hint-${activity.number}`} className="text-sm text-gray-600">
            {t('minutesHint')}
          </p>
          <FieldFeedback id={key('minutes')} field={doc.fields[key('minutes')]} presence={doc.presence} names={names} onKeepMine={() => doc.keepMine(key('minutes'))} onTakeTheirs={() => doc.takeTheirs(key('minutes'))} />
        </div>

        <div className="flex flex-col gap-1">
          <label htmlFor={`lead-${activity.number}`} className="font-semibold">
            {t('lead')}
          </label>
          <select
            id={`lead-${activity.number}`}
            disabled={!editable}
            value={lead}
            onFocus={() => doc.focus(key('lead'))}
            onChange={(e) => doc.set(key('lead'), e.target.value)}
            className="min-h-11 rounded-md border border-gray-400 bg-white px-3 py-2"
          >
            {leads.map((l) => (
              <option key={l} value={l}>
                {t(`lead_${l}`)}
              </option>
            ))}
          </select>
          <p className="text-sm text-gray-600">{t('leadDefault', { lead: t(`lead_${activity.lead}`) })}</p>
          <FieldFeedback id={key('lead')} field={doc.fields[key('lead')]} presence={doc.presence} names={names} onKeepMine={() => doc.keepMine(key('lead'))} onTakeTheirs={() => doc.takeTheirs(key('lead'))} />
        </div>

        <div className="md:col-span-2">
          <SharedTextArea fieldKey={key('notes')} label={t('notes')} doc={doc} names={names} editable={editable} />
        </div>
      </div>
    </article>
  );
}
