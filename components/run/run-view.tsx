'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { formatDate } from '@/lib/format/dates';
import { activityElapsedMs, lessonElapsedMs, minutesFromClock, runPhase } from '@/lib/run/clock';
import { saveCapture } from '@/lib/run/capture-actions';
import type { RunPage } from '@/lib/run/queries';
import type { CaptureKind } from '@/lib/run/schema';
import { neighbour } from '@/lib/run/transitions';
import { CapturePanel, type CapturePupil } from './capture-panel';
import { CaptureTimeline } from './capture-timeline';
import { newCaptureId } from './capture-id';
import { ClockBar, RunControls } from './clock-bar';
import { CurrentActivity } from './current-activity';
import { FinishLesson } from './finish-lesson';
import { LessonOverview } from './lesson-overview';
import type { QueuedCapture } from './offline-queue';
import { OutcomeForm, type OutcomeValue } from './outcome-form';
import type { TimelineCapture } from './timeline-item';
import { useCaptureQueue } from './use-capture-queue';
import { useRunCommand } from './use-run-command';
import { useRunDocument } from './use-run-document';
import { useServerNow } from './use-server-now';

export type RunViewData = Omit<RunPage, 'schoolClass' | 'plan' | 'snapshot'> & {
  plan: NonNullable<RunPage['plan']>;
  snapshot: NonNullable<RunPage['snapshot']>;
};

/**
 * Run mode: the lesson's clocks and current activity, live on both of the pair's screens (the RUN
 * document), the outcome per activity, and quick capture with its timeline.
 */
export function RunView({ data, user, hrefs }: { data: RunViewData; user: { id: string; name: string; role: string }; hrefs: { display: string; evaluation: string } }) {
  const t = useTranslations('run');
  const { plan, activities, pupilData } = data;
  const run = useRunDocument(plan.id, user.id, data.snapshot, data.canSteer || data.canRecord);
  const { now, toServerTime } = useServerNow(data.serverNow);
  const command = useRunCommand(plan.id);
  const [notes, setNotes] = useState<Record<number, string | null>>(() => Object.fromEntries(data.outcomes.map((o) => [o.activityNumber, o.note])));
  const [saved, setSaved] = useState<TimelineCapture[]>(() => (pupilData?.captures ?? []).map((c) => ({ ...c, state: 'saved' as const })));
  const [announcement, setAnnouncement] = useState('');

  const status = run.meta.status ?? plan.status;
  const held = status === 'HELD' || status === 'EVALUATED';
  const canSteer = data.canSteer && status === 'READY';
  const canRecord = data.canRecord && status !== 'EVALUATED';
  const state = run.state;
  const phase = runPhase(state);
  const numbers = activities.map((a) => a.number);
  const current = activities.find((a) => a.number === state.currentActivity) ?? null;
  // Before the start, the first activity is on screen so the pair can read what comes.
  const shown = current ?? activities[0] ?? null;
  const position = shown ? activities.indexOf(shown) + 1 : 0;
  const spent = useCallback((n: number) => activityElapsedMs(state, n, now), [now, state]);
  const outcomes = run.meta.outcomes ?? {};
  const recordedOf = (n: number): OutcomeValue | null => {
    const o = outcomes[String(n)];
    return o ? { outcome: o.outcome, actualMinutes: o.actualMinutes, note: notes[n] ?? null } : null;
  };
  const missingOutcomes = activities.filter((a) => !outcomes[String(a.number)]).length;

  const pupils = useMemo(() => new Map((pupilData?.pupils ?? []).map((p) => [p.id, p.alias])), [pupilData]);
  const onSaved = useCallback(
    (capture: QueuedCapture, capturedAt: string) =>
      setSaved((list) =>
        list.some((c) => c.id === capture.id)
          ? list
          : [...list, { ...capture, capturedAt, authorId: user.id, authorName: user.name, pupilAlias: pupils.get(capture.pupilId), state: 'saved' }],
      ),
    [pupils, user.id, user.name],
  );
  const queue = useCaptureQueue({ planId: plan.id, send: saveCapture, onSaved });
  const timeline: TimelineCapture[] = [
    ...saved,
    ...queue.queued
      .filter((q) => !saved.some((c) => c.id === q.id))
      .map((q) => ({ ...q, authorId: user.id, authorName: user.name, state: q.refusal ? ('refused' as const) : ('queued' as const) })),
  ];

  const capture = (pupil: CapturePupil, kind: CaptureKind, text: string) => {
    void queue.add({
      id: newCaptureId(),
      planId: plan.id,
      pupilId: pupil.id,
      kind,
      text: text.trim() || null,
      activityNumber: phase === 'notStarted' ? null : state.currentActivity,
      capturedAt: new Date(toServerTime(Date.now())).toISOString(),
    });
    const message = { kind: t(`kind_${kind}`), name: pupil.alias };
    setAnnouncement(navigator.onLine ? t('captureSaved', message) : t('captureQueued', message));
  };

  const steer = (type: 'start' | 'pause' | 'resume' | 'next' | 'previous') =>
    command.send(type === 'next' || type === 'previous' ? { type, from: state.currentActivity } : { type });

  const controls = canSteer ? (
    <RunControls
      phase={phase}
      canPrevious={state.currentActivity !== null && neighbour(numbers, state.currentActivity, -1) !== null}
      canNext={neighbour(numbers, state.currentActivity, 1) !== null}
      pending={command.pending}
      onCommand={steer}
      displayHref={hrefs.display}
      finish={<FinishLesson planId={plan.id} missingOutcomes={missingOutcomes} evaluationHref={hrefs.evaluation} />}
    />
  ) : held ? null : (
    <a href={hrefs.display} target="_blank" rel="noopener" className={buttonClass('ghost')}>
      {t('openDisplay')} <span className="sr-only">({t('openDisplayHint')})</span>
    </a>
  );

  const unsent = queue.queued.length;
  const aside = pupilData ? (
    <aside className={`flex flex-col gap-6 ${user.role === 'CARE_WORKER' ? 'order-first lg:order-none' : ''}`}>
      {unsent > 0 ? (
        <div role="status" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-900">
          <p className="font-semibold" data-testid="unsent-count">
            {t('unsent', { count: unsent })}
          </p>
          <p className="mt-1 text-sm">{t('unsentHint')}</p>
          <button type="button" onClick={queue.sendNow} className="mt-2 min-h-11 font-semibold underline">
            {t('sendNow')}
          </button>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className={announcement ? 'rounded-md bg-brand-50 p-3 font-semibold text-brand-800' : 'sr-only'}>
        {announcement}
      </p>
      {pupilData.canCapture && !held ? <CapturePanel pupils={pupilData.pupils} onCapture={capture} /> : null}
      <CaptureTimeline
        captures={timeline}
        pupilName={(c) => c.pupilAlias ?? pupils.get(c.pupilId) ?? '—'}
        activityTitle={(n) => activities.find((a) => a.number === n)?.title ?? null}
        userId={user.id}
        editable={pupilData.capturesEditable && status !== 'EVALUATED'}
        onChanged={(changed) => setSaved((list) => list.map((c) => (c.id === changed.id ? changed : c)))}
        onDeleted={(id) => setSaved((list) => list.filter((c) => c.id !== id))}
        onDiscard={(id) => void queue.discard(id)}
      />
    </aside>
  ) : null;

  const saveOutcome = (n: number) => (value: OutcomeValue) => setNotes((all) => ({ ...all, [n]: value.note }));

  return (
    <div>
      <ClockBar
        phase={phase}
        lessonElapsedMs={lessonElapsedMs(state, now)}
        budgetMinutes={data.lesson.budgetMinutes}
        activityElapsedMs={shown ? spent(shown.number) : 0}
        plannedMinutes={shown?.plannedMinutes ?? null}
        hasCurrent={current !== null}
        controls={controls}
      />
      <div className="mt-4 flex flex-col gap-3">
        {command.error ? <Alert tone="error">{command.error}</Alert> : null}
        {held ? (
          <Alert tone="success" title={plan.heldOn ? t('heldOn', { date: formatDate(plan.heldOn) }) : t('heldByPartner')}>
            <a href={hrefs.evaluation} className="font-semibold underline">
              {t('toEvaluation')}
            </a>
          </Alert>
        ) : null}
        {plan.evaluationSubmitted ? <Alert>{t('evaluationSubmitted')}</Alert> : null}
        {!data.canRecord && !held && !plan.evaluationSubmitted ? <Alert>{t('readOnly')}</Alert> : null}
        <p className="flex flex-wrap gap-x-4 text-sm text-gray-700">
          <span className={run.connection === 'reconnecting' ? 'font-semibold text-amber-800' : ''} data-testid="connection">
            <span aria-hidden="true">{run.connection === 'live' ? '● ' : '○ '}</span>
            {t(run.connection)}
          </span>
          {run.presence.length > 0 ? <span>{t('presence', { names: [...new Set(run.presence.map((p) => p.name))].join(', ') })}</span> : null}
        </p>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {activities.length === 0 ? <Alert tone="warning">{t('noActivities')}</Alert> : null}
          {held && canRecord ? (
            <section aria-labelledby="outcomes-title" className="flex flex-col gap-4">
              <h2 id="outcomes-title" className="text-xl font-bold text-brand-800">
                {t('outcomesTitle')}
              </h2>
              {activities.map((a) => (
                <div key={`${a.number}-${outcomes[String(a.number)]?.outcome}`}>
                  <h3 className="mb-2 font-bold">{t('activityHeading', { number: a.number, title: a.title })}</h3>
                  <OutcomeForm planId={plan.id} activityNumber={a.number} activityTitle={a.title} recorded={recordedOf(a.number)} clockMinutes={minutesFromClock(spent(a.number))} onSaved={saveOutcome(a.number)} />
                </div>
              ))}
            </section>
          ) : shown && !held ? (
            <>
              <CurrentActivity key={shown.number} activity={shown} position={position} count={activities.length} userRole={user.role} />
              {canRecord && current ? (
                <OutcomeForm
                  key={`${current.number}-${outcomes[String(current.number)]?.outcome}-${outcomes[String(current.number)]?.actualMinutes}`}
                  planId={plan.id}
                  activityNumber={current.number}
                  activityTitle={current.title}
                  recorded={recordedOf(current.number)}
                  clockMinutes={minutesFromClock(spent(current.number))}
                  onSaved={saveOutcome(current.number)}
                />
              ) : null}
            </>
          ) : null}
          <LessonOverview
            activities={activities}
            current={held ? null : state.currentActivity}
            spentMs={spent}
            outcomes={outcomes}
            onGoTo={canSteer ? (n) => command.send({ type: 'goto', from: state.currentActivity, to: n }) : null}
            disabled={command.pending}
          />
        </div>
        {aside}
      </div>
    </div>
  );
}
