/**
 * What each button of run mode does to the run state. Pure, so both screens pressing "next" at
 * once is decided in one place: a move names the activity it starts from and does nothing when
 * the lesson has already moved on (the second press must not skip an activity).
 */
import type { RunState } from './state';

export type RunCommand =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'next'; from: number | null }
  | { type: 'previous'; from: number | null }
  | { type: 'goto'; from: number | null; to: number };

/** The activity after or before `from` among the planned ones (by number), or null at either end. */
export function neighbour(activityNumbers: number[], from: number | null, direction: 1 | -1): number | null {
  const sorted = [...activityNumbers].sort((a, b) => a - b);
  if (from === null) return direction === 1 ? (sorted[0] ?? null) : null;
  return (direction === 1 ? sorted.find((n) => n > from) : sorted.reverse().find((n) => n < from)) ?? null;
}

/** Leaves the current activity at the clock's moment (keeping its time) and makes `to` current. */
function moveTo(state: RunState, to: number, now: number): RunState {
  if (state.lessonStartedAt === null || state.activityStartedAt === null || state.currentActivity === null) {
    return { ...state, currentActivity: to };
  }
  const moment = state.pausedAt ?? now;
  const stretch = Math.max(0, Math.round((moment - state.activityStartedAt) / 1000));
  const current = state.currentActivity;
  return {
    ...state,
    currentActivity: to,
    activityStartedAt: moment,
    activitySeconds: { ...state.activitySeconds, [current]: (state.activitySeconds[current] ?? 0) + stretch },
  };
}

/** The state after a command at `now` (epoch ms); the same state when the command does not apply. */
export function applyRunCommand(state: RunState, command: RunCommand, activityNumbers: number[], now: number): RunState {
  switch (command.type) {
    case 'start': {
      if (state.lessonStartedAt !== null) return state;
      const first = state.currentActivity !== null && activityNumbers.includes(state.currentActivity) ? state.currentActivity : neighbour(activityNumbers, null, 1);
      if (first === null) return state;
      return { ...state, currentActivity: first, lessonStartedAt: now, activityStartedAt: now, pausedAt: null };
    }
    case 'pause':
      return state.lessonStartedAt !== null && state.pausedAt === null ? { ...state, pausedAt: now } : state;
    case 'resume': {
      if (state.pausedAt === null || state.lessonStartedAt === null) return state;
      // Shift the starts by the pause, so elapsed time stays (now − start) without the pause.
      const pause = Math.max(0, now - state.pausedAt);
      return {
        ...state,
        lessonStartedAt: state.lessonStartedAt + pause,
        activityStartedAt: state.activityStartedAt === null ? null : state.activityStartedAt + pause,
        pausedAt: null,
      };
    }
    case 'next':
    case 'previous':
    case 'goto': {
      if (state.currentActivity !== command.from) return state;
      const to = command.type === 'goto' ? command.to : neighbour(activityNumbers, command.from, command.type === 'next' ? 1 : -1);
      if (to === null || to === state.currentActivity || !activityNumbers.includes(to)) return state;
      return moveTo(state, to, now);
    }
  }
}
