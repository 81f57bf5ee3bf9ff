/**
 * The lesson's clocks, computed from the run state's timestamps (nothing ticks on the server):
 * every screen shows the same times however late it joined. Pure; `now` is always passed in.
 */
import type { RunState } from './state';

const MINUTE_MS = 60_000;

/** The moment the clocks stand at: the pause moment while paused, otherwise now. */
export function clockMoment(state: RunState, now: number): number {
  return state.pausedAt ?? now;
}

/** Time since the lesson started, without pauses; 0 before it starts. */
export function lessonElapsedMs(state: RunState, now: number): number {
  if (state.lessonStartedAt === null) return 0;
  return Math.max(0, clockMoment(state, now) - state.lessonStartedAt);
}

/** Time spent on one activity: earlier stretches plus, for the current one, the running stretch. */
export function activityElapsedMs(state: RunState, activityNumber: number, now: number): number {
  const earlier = (state.activitySeconds[activityNumber] ?? 0) * 1000;
  if (state.currentActivity !== activityNumber || state.activityStartedAt === null) return earlier;
  return earlier + Math.max(0, clockMoment(state, now) - state.activityStartedAt);
}

/** Time left of a planned number of minutes; negative once over time, null when nothing was planned. */
export function remainingMs(elapsedMs: number, plannedMinutes: number | null): number | null {
  if (plannedMinutes === null) return null;
  return plannedMinutes * MINUTE_MS - elapsedMs;
}

/** How far past the planned minutes, or 0 (also when nothing was planned). */
export function overTimeMs(elapsedMs: number, plannedMinutes: number | null): number {
  const left = remainingMs(elapsedMs, plannedMinutes);
  return left !== null && left < 0 ? -left : 0;
}

export type RunPhase = 'notStarted' | 'running' | 'paused';

export function runPhase(state: RunState): RunPhase {
  if (state.lessonStartedAt === null) return 'notStarted';
  return state.pausedAt === null ? 'running' : 'paused';
}

/**
 * "mm:ss" (minutes keep counting past 59: a lesson clock reads "62:05"). Whole seconds, rounded
 * down, so a clock never shows a second that has not passed; a negative time gets a minus sign.
 */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${sign}${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** Whole minutes for the activity outcome, as the clock measured them (rounded to the nearest). */
export function minutesFromClock(elapsedMs: number): number {
  return Math.max(0, Math.round(elapsedMs / MINUTE_MS));
}
