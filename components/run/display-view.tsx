'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { activityElapsedMs, formatClock, lessonElapsedMs, remainingMs, runPhase } from '@/lib/run/clock';
import type { DisplayPage } from '@/lib/run/queries';
import { neighbour } from '@/lib/run/transitions';
import { useRunCommand } from './use-run-command';
import { useRunDocument } from './use-run-document';
import { useServerNow } from './use-server-now';

/**
 * The classroom display: the current activity's title, its text for the pupils and the clock, in
 * large type and high contrast. Follows run mode over the RUN document; the pair can steer it from
 * the keyboard (or a presenter remote: PageUp/PageDown).
 */
export function DisplayView({ data, userId }: { data: DisplayPage; userId: string }) {
  const t = useTranslations('run');
  const run = useRunDocument(data.planId, userId, data.snapshot, data.canSteer);
  const { now } = useServerNow(data.serverNow);
  const command = useRunCommand(data.planId);
  const [fullscreen, setFullscreen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  const status = run.meta.status ?? data.status;
  const held = status === 'HELD' || status === 'EVALUATED';
  const canSteer = data.canSteer && status === 'READY';
  const state = run.state;
  const phase = runPhase(state);
  const numbers = data.activities.map((a) => a.number);
  const current = data.activities.find((a) => a.number === state.currentActivity) ?? null;
  const shown = current ?? data.activities[0] ?? null;

  // Latest values for the key handler, which is attached once.
  const latest = useRef({ canSteer, phase, currentActivity: state.currentActivity, send: command.send, numbers });
  useEffect(() => {
    latest.current = { canSteer, phase, currentActivity: state.currentActivity, send: command.send, numbers };
  });

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'f' || event.key === 'F') {
        event.preventDefault();
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
        else void rootRef.current?.requestFullscreen().catch(() => {});
        return;
      }
      const { canSteer: steer, phase: now, currentActivity, send, numbers: planned } = latest.current;
      if (!steer) return;
      // A focused button handles its own Space and Enter.
      if ((event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLButtonElement) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') {
        event.preventDefault();
        if (neighbour(planned, currentActivity, 1) !== null) send({ type: 'next', from: currentActivity });
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
        event.preventDefault();
        if (currentActivity !== null && neighbour(planned, currentActivity, -1) !== null) send({ type: 'previous', from: currentActivity });
      } else if (event.key === ' ') {
        event.preventDefault();
        send({ type: now === 'notStarted' ? 'start' : now === 'running' ? 'pause' : 'resume' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, []);

  const elapsed = shown ? activityElapsedMs(state, shown.number, now) : 0;
  const left = shown ? remainingMs(elapsed, shown.plannedMinutes) : null;

  return (
    <div ref={rootRef} className="flex min-h-screen flex-col bg-black px-[4vw] py-[3vh] text-white">
      <header className="flex items-baseline justify-between gap-6 text-[clamp(1.25rem,2vw,2.5rem)] text-gray-200">
        <p>{data.lessonTitle}</p>
        {phase !== 'notStarted' ? (
          <p className="tabular-nums" data-testid="display-lesson-clock">
            {t('lessonClock')} {formatClock(lessonElapsedMs(state, now))} / {formatClock(data.budgetMinutes * 60_000)}
          </p>
        ) : null}
      </header>

      <section aria-live="polite" aria-atomic="true" className="flex flex-1 flex-col justify-center gap-[3vh] py-[4vh]">
        {held ? (
          <p className="text-[clamp(2.5rem,6vw,7rem)] font-bold leading-tight">{t('displayHeld')}</p>
        ) : shown ? (
          <>
            {phase === 'notStarted' ? <p className="text-[clamp(1.5rem,3vw,3.5rem)] font-semibold text-yellow-300">{t('displayWaiting')}</p> : null}
            <h1 className="text-[clamp(2.5rem,6vw,7rem)] font-bold leading-tight" data-testid="display-activity">
              {shown.title}
            </h1>
            {shown.pupilFacingText ? (
              <p className="max-w-[70ch] text-[clamp(1.75rem,3.2vw,4rem)] leading-snug" data-testid="display-text">
                {shown.pupilFacingText}
              </p>
            ) : shown.optionLabel ? (
              <p className="text-[clamp(1.75rem,3.5vw,4.5rem)] font-semibold text-yellow-300" data-testid="display-text">
                {shown.optionLabel}
              </p>
            ) : null}
          </>
        ) : (
          <p className="text-[clamp(2rem,5vw,6rem)] font-bold">{t('displayNotReady')}</p>
        )}
      </section>

      {!held && shown && phase !== 'notStarted' ? (
        <footer className="flex flex-wrap items-end justify-between gap-6">
          <p className="flex items-baseline gap-6">
            <span role="timer" className={`text-[clamp(4rem,11vw,13rem)] font-bold leading-none tabular-nums ${left !== null && left < 0 ? 'text-yellow-300' : 'text-white'}`} data-testid="display-clock">
              {left === null ? formatClock(elapsed) : formatClock(Math.abs(left))}
            </span>
            {left !== null ? (
              <span className="text-[clamp(1.5rem,3vw,3.5rem)] text-gray-200">{left < 0 ? t('displayOver') : t('displayTimeLeft')}</span>
            ) : null}
          </p>
          {phase === 'paused' ? <p className="rounded-2xl border-4 border-yellow-300 px-8 py-3 text-[clamp(2rem,5vw,6rem)] font-bold text-yellow-300">{t('displayPaused')}</p> : null}
        </footer>
      ) : null}

      {!fullscreen ? (
        <div className="mt-[2vh] flex flex-wrap items-center justify-between gap-4 text-lg text-gray-300">
          {canSteer ? <p>{t('displayKeys')}</p> : <span />}
          <button type="button" onClick={() => void rootRef.current?.requestFullscreen().catch(() => {})} className="rounded-md border-2 border-gray-300 px-4 py-2 font-semibold text-white hover:bg-gray-800">
            {t('displayFullscreen')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
