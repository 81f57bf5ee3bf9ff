'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button';
import { formatClock, overTimeMs, type RunPhase } from '@/lib/run/clock';

export interface ClockBarProps {
  phase: RunPhase;
  lessonElapsedMs: number;
  budgetMinutes: number;
  activityElapsedMs: number;
  plannedMinutes: number | null;
  hasCurrent: boolean;
  /** Controls for the pair; null for readers. */
  controls: ReactNode;
}

/** The lesson's and the current activity's clocks, with the buttons that steer the run. */
export function ClockBar({ phase, lessonElapsedMs, budgetMinutes, activityElapsedMs, plannedMinutes, hasCurrent, controls }: ClockBarProps) {
  const t = useTranslations('run');
  const activityOver = overTimeMs(activityElapsedMs, plannedMinutes);
  const lessonOver = overTimeMs(lessonElapsedMs, budgetMinutes);
  return (
    <div className="-mx-4 border-b border-brand-100 bg-[#fbfaf7]/95 px-4 py-3 backdrop-blur lg:sticky lg:top-0 lg:z-10">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <p className="flex items-baseline gap-2">
          <span className="text-sm font-semibold text-gray-700">{t('lessonClock')}</span>
          <span role="timer" aria-label={t('lessonClock')} className={`text-3xl font-bold tabular-nums ${lessonOver ? 'text-red-800' : 'text-brand-800'}`} data-testid="lesson-clock">
            {formatClock(lessonElapsedMs)}
          </span>
          <span className="text-sm text-gray-700">{t('ofBudget', { minutes: budgetMinutes })}</span>
        </p>
        {hasCurrent ? (
          <p className="flex items-baseline gap-2">
            <span className="text-sm font-semibold text-gray-700">{t('activityClock')}</span>
            <span role="timer" aria-label={t('activityClock')} className={`text-3xl font-bold tabular-nums ${activityOver ? 'text-red-800' : 'text-ink'}`} data-testid="activity-clock">
              {formatClock(activityElapsedMs)}
            </span>
            <span className={`text-sm ${activityOver ? 'font-semibold text-red-800' : 'text-gray-700'}`}>
              {activityOver ? t('overTime', { time: formatClock(activityOver) }) : plannedMinutes !== null ? t('planned', { minutes: plannedMinutes }) : t('notPlanned')}
            </span>
          </p>
        ) : null}
        <p
          className={`rounded-full px-3 py-1 text-sm font-semibold ${phase === 'paused' ? 'bg-amber-100 text-amber-900' : phase === 'running' ? 'bg-brand-100 text-brand-800' : 'bg-gray-100 text-gray-800'}`}
          data-testid="run-phase"
        >
          {phase === 'paused' ? t('paused') : phase === 'running' ? t('running') : t('notStartedClock')}
        </p>
      </div>
      {lessonOver ? (
        <p className="mt-1 text-sm font-semibold text-red-800">{t('lessonOverTime', { time: formatClock(lessonOver), minutes: budgetMinutes })}</p>
      ) : null}
      {controls ? <div className="mt-3 flex flex-wrap items-center gap-2">{controls}</div> : null}
    </div>
  );
}

/** The pair's buttons: previous, start/pause/resume, next, the digibord and finishing the lesson. */
export function RunControls({
  phase,
  canPrevious,
  canNext,
  pending,
  onCommand,
  displayHref,
  finish,
}: {
  phase: RunPhase;
  canPrevious: boolean;
  canNext: boolean;
  pending: boolean;
  onCommand: (type: 'start' | 'pause' | 'resume' | 'next' | 'previous') => void;
  displayHref: string;
  finish: ReactNode;
}) {
  const t = useTranslations('run');
  return (
    <>
      <button type="button" className={buttonClass('secondary')} disabled={pending || !canPrevious} onClick={() => onCommand('previous')} aria-label={t('previousActivity')}>
        <span aria-hidden="true">←</span> {t('previous')}
      </button>
      {phase === 'notStarted' ? (
        <button type="button" className={buttonClass('primary')} disabled={pending} onClick={() => onCommand('start')}>
          {t('start')}
        </button>
      ) : phase === 'running' ? (
        <button type="button" className={buttonClass('secondary')} disabled={pending} onClick={() => onCommand('pause')}>
          {t('pause')}
        </button>
      ) : (
        <button type="button" className={buttonClass('primary')} disabled={pending} onClick={() => onCommand('resume')}>
          {t('resume')}
        </button>
      )}
      <button type="button" className={buttonClass('primary')} disabled={pending || !canNext} onClick={() => onCommand('next')} aria-label={t('nextActivity')}>
        {t('next')} <span aria-hidden="true">→</span>
      </button>
      <span className="grow" />
      <a href={displayHref} target="_blank" rel="noopener" className={buttonClass('ghost')}>
        {t('openDisplay')} <span className="sr-only">({t('openDisplayHint')})</span>
        <span aria-hidden="true">↗</span>
      </a>
      {finish}
    </>
  );
}
