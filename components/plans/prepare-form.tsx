'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState, useTransition } from 'react';
import { FieldFeedback } from '@/components/collab/field-feedback';
import { PresenceBar } from '@/components/collab/presence-bar';
import { SaveStatus } from '@/components/collab/save-status';
import { useSharedDocument } from '@/components/collab/use-shared-document';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { saveSharedField, updatePresence } from '@/lib/collab/actions';
import type { DocumentSnapshot, FieldValue } from '@/lib/collab/types';
import { budgetState, plannedTotal } from '@/lib/plans/budget';
import { activityKey, adaptationKey, adaptationKeys, attentionKey, materialKey } from '@/lib/plans/fields';
import { signOffPlan, withdrawSignOff } from '@/lib/plans/actions';
import type { PlanMeta } from '@/lib/plans/meta';
import type { LessonDetail } from '@/lib/programme/queries';
import { ActivityCard } from './activity-card';
import { SharedTextArea } from './shared-text-area';

export interface PrepareFormProps {
  planId: string;
  lesson: LessonDetail;
  snapshot: DocumentSnapshot;
  editable: boolean;
  user: { id: string; role: string };
  pupils: { id: string; label: string }[];
  team: { id: string; name: string; role: 'TEACHER' | 'CARE_WORKER' }[];
}

/** Local date-time text for <input type="datetime-local"> from an ISO instant. */
function toLocalInput(iso: FieldValue): string {
  if (typeof iso !== 'string') return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function PrepareForm({ planId, lesson, snapshot, editable, user, pupils, team }: PrepareFormProps) {
  const t = useTranslations('plans');
  const names = useMemo(() => Object.fromEntries(team.map((m) => [m.id, m.name])), [team]);
  const [notice, setNotice] = useState<string | null>(null);
  const onNotice = useCallback(
    (raw: string) => {
      const [kind, by] = raw.split(':');
      if (kind === 'signOffWithdrawn' && by !== user.id) setNotice(t('withdrawnNotice', { name: (by && names[by]) || t('someone') }));
    },
    [names, t, user.id],
  );
  const doc = useSharedDocument({ kind: 'PLAN', documentId: planId, userId: user.id, initial: snapshot, save: saveSharedField, presence: editable ? updatePresence : undefined, onNotice });
  const meta = doc.meta as PlanMeta;
  const value = (key: string) => doc.fields[key]?.value;
  const [signing, startSigning] = useTransition();
  const [signError, setSignError] = useState<string | null>(null);

  const activities = lesson.activities.map((a) => {
    const included = value(activityKey(a.number, 'included'));
    const minutes = value(activityKey(a.number, 'minutes'));
    return { included: included !== false, minutes: typeof minutes === 'number' ? minutes : a.minutes };
  });
  const budget = budgetState(plannedTotal(activities));
  const attentionPupils = pupils.filter((p) => doc.fields[attentionKey(p.id)] !== undefined);
  const [pupilToAdd, setPupilToAdd] = useState('');

  const fieldLabel = (key: string) => {
    const activity = /^activity\.(\d+)\./.exec(key);
    if (activity) return lesson.activities.find((a) => a.number === Number(activity[1]))?.title ?? key;
    if (key.startsWith('adaptation.')) return t(`adaptation_${key.slice('adaptation.'.length)}` as 'adaptation_age');
    if (key.startsWith('attention.')) return t('attentionTitle');
    if (key === 'scheduledAt') return t('scheduleTitle');
    return key;
  };

  const mySignOff = meta.signOffs.some((s) => s.userId === user.id);
  const canSign = editable && (user.role === 'TEACHER' || user.role === 'CARE_WORKER');
  const sign = (action: typeof signOffPlan) =>
    startSigning(async () => {
      setSignError(null);
      setNotice(null);
      const result = await action({ planId });
      if (!result.ok) setSignError(result.formError ?? null);
    });

  const common = { doc, names, editable };

  return (
    <div className="flex flex-col gap-8">
      <div className="no-print sticky top-0 z-10 -mx-4 flex flex-col gap-2 border-b border-brand-100 bg-[#fbfaf7]/95 px-4 py-2 backdrop-blur">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="rounded-full bg-brand-100 px-3 py-1 text-sm font-semibold text-brand-800" data-testid="plan-status">
            {t(`status.${meta.status}`)}
          </p>
          {editable ? <SaveStatus state={doc.saveState} connection={doc.connection} onRetry={doc.retry} /> : null}
        </div>
        <PresenceBar presence={doc.presence} fieldLabel={fieldLabel} />
      </div>

      {notice ? <Alert tone="warning">{notice}</Alert> : null}

      <section aria-labelledby="schedule-title" className="rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="schedule-title" className="text-xl font-bold text-brand-800">
          {t('scheduleTitle')}
        </h2>
        <label htmlFor="scheduledAt" className="mt-3 block font-semibold">
          {t('scheduledAt')}
        </label>
        <input
          id="scheduledAt"
          type="datetime-local"
          disabled={!editable}
          value={toLocalInput(value('scheduledAt') ?? null)}
          onFocus={() => doc.focus('scheduledAt')}
          onChange={(event) => doc.set('scheduledAt', event.target.value ? new Date(event.target.value).toISOString() : null, { immediate: true })}
          className="mt-1 min-h-11 rounded-md border border-gray-400 bg-white px-3 py-2"
        />
        <FieldFeedback id="scheduledAt" field={doc.fields.scheduledAt} presence={doc.presence} names={names} onKeepMine={() => doc.keepMine('scheduledAt')} onTakeTheirs={() => doc.takeTheirs('scheduledAt')} />
      </section>

      <section aria-labelledby="activities-title" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="activities-title" className="text-xl font-bold text-brand-800">
            {t('activitiesTitle')}
          </h2>
          <p className="font-semibold" data-testid="budget-total">
            {t('budget', { total: budget.total, budget: budget.budget })}
          </p>
        </div>
        {budget.over > 0 ? (
          <Alert tone="warning">{t('budgetOver', { total: budget.total, over: budget.over, budget: budget.budget })}</Alert>
        ) : (
          <p className="text-sm text-gray-700">{t('budgetRemaining', { remaining: budget.remaining })}</p>
        )}
        {lesson.activities.map((activity) => (
          <ActivityCard key={activity.number} activity={activity} userRole={user.role} {...common} />
        ))}
      </section>

      <section aria-labelledby="adaptations-title" className="rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="adaptations-title" className="text-xl font-bold text-brand-800">
          {t('adaptationsTitle')}
        </h2>
        <p className="mt-1 text-gray-700">{t('adaptationsIntro')}</p>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          {adaptationKeys.map((key) => (
            <SharedTextArea key={key} fieldKey={adaptationKey(key)} label={t(`adaptation_${key}`)} {...common} />
          ))}
        </div>
      </section>

      <section aria-labelledby="attention-title" className="rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="attention-title" className="text-xl font-bold text-brand-800">
          {t('attentionTitle')}
        </h2>
        <p className="mt-1 text-gray-700">{t('attentionIntro')}</p>
        {attentionPupils.length === 0 ? <p className="mt-3 text-sm text-gray-600">{t('attentionNone')}</p> : null}
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          {attentionPupils.map((pupil) => (
            <SharedTextArea key={pupil.id} fieldKey={attentionKey(pupil.id)} label={t('attentionFor', { name: pupil.label })} {...common} />
          ))}
        </div>
        {editable ? (
          <div className="mt-4 flex flex-wrap items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="attention-pupil" className="font-semibold">
                {t('attentionPupil')}
              </label>
              <select id="attention-pupil" value={pupilToAdd} onChange={(e) => setPupilToAdd(e.target.value)} className="min-h-11 rounded-md border border-gray-400 bg-white px-3 py-2">
                <option value="">{t('attentionChoose')}</option>
                {pupils
                  .filter((p) => doc.fields[attentionKey(p.id)] === undefined)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
              </select>
            </div>
            <Button
              type="button"
              variant="secondary"
              disabled={!pupilToAdd}
              onClick={() => {
                doc.set(attentionKey(pupilToAdd), '', { immediate: true });
                setPupilToAdd('');
              }}
            >
              {t('attentionAdd')}
            </Button>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="materials-title" className="rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="materials-title" className="text-xl font-bold text-brand-800">
          {t('materialsTitle')}
        </h2>
        <ul className="mt-3 flex flex-col gap-3">
          {lesson.materials.map((material) => {
            const key = materialKey(material.number);
            return (
              <li key={material.number} className="flex flex-wrap items-center justify-between gap-2">
                <label className="flex items-start gap-3">
                  <input
                    type="checkbox"
                    className="mt-1 h-5 w-5"
                    disabled={!editable}
                    checked={value(key) === true}
                    onChange={(e) => doc.set(key, e.target.checked)}
                    onFocus={() => doc.focus(key)}
                  />
                  <span>{t('materialPrepared', { number: material.number, title: material.title })}</span>
                </label>
                {material.file ? (
                  <a className="font-semibold text-brand-800 underline" href={`/api/materials/${lesson.number}/${material.number}`}>
                    {t('download')}
                  </a>
                ) : (
                  <span className="text-sm text-gray-600">{t('notUploaded')}</span>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="signoff-title" className="rounded-lg border-2 border-brand-600 bg-white p-5">
        <h2 id="signoff-title" className="text-xl font-bold text-brand-800">
          {t('signOffTitle')}
        </h2>
        <p className="mt-1 text-gray-700">{t('signOffIntro')}</p>
        <ul className="mt-3 list-disc pl-5" data-testid="sign-offs">
          {meta.signOffs.length === 0 ? <li>{t('notSignedOff')}</li> : null}
          {meta.signOffs.map((s) => (
            <li key={s.userId}>{t('signedOffBy', { name: s.name, role: t(`lead_${s.role}` as 'lead_TEACHER') })}</li>
          ))}
        </ul>
        {signError ? <Alert tone="error">{signError}</Alert> : null}
        {canSign ? (
          <div className="mt-4 flex flex-wrap gap-2">
            {mySignOff ? (
              <Button type="button" variant="secondary" disabled={signing} onClick={() => sign(withdrawSignOff)}>
                {t('withdraw')}
              </Button>
            ) : (
              <Button type="button" disabled={signing || doc.saveState !== 'saved'} onClick={() => sign(signOffPlan)}>
                {t('signOff')}
              </Button>
            )}
          </div>
        ) : null}
      </section>
    </div>
  );
}
