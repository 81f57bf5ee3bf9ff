/**
 * The run state as numbers (epoch milliseconds), read from and written back to the RUN document's
 * fields. Pure: the server's run commands and the clocks on every screen use the same reading.
 */
import type { FieldValue } from '../collab/types';
import { activityNumberInRunKey, activitySecondsKey, runKeys } from './fields';

export interface RunState {
  currentActivity: number | null;
  lessonStartedAt: number | null;
  activityStartedAt: number | null;
  pausedAt: number | null;
  /** Per activity number: seconds it ran before its current stretch. */
  activitySeconds: Record<number, number>;
}

export const emptyRunState: RunState = { currentActivity: null, lessonStartedAt: null, activityStartedAt: null, pausedAt: null, activitySeconds: {} };

function instant(value: FieldValue | undefined): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** Reads the state from field values (a snapshot's fields or the live hook's); absent = not started. */
export function runStateFromValues(values: Record<string, FieldValue | undefined>): RunState {
  const current = values[runKeys.currentActivity];
  const activitySeconds: Record<number, number> = {};
  for (const [key, value] of Object.entries(values)) {
    const number = activityNumberInRunKey(key);
    if (number !== null && typeof value === 'number' && value > 0) activitySeconds[number] = value;
  }
  return {
    currentActivity: typeof current === 'number' ? current : null,
    lessonStartedAt: instant(values[runKeys.lessonStartedAt]),
    activityStartedAt: instant(values[runKeys.activityStartedAt]),
    pausedAt: instant(values[runKeys.pausedAt]),
    activitySeconds,
  };
}

function values(state: RunState): Record<string, FieldValue> {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const out: Record<string, FieldValue> = {
    [runKeys.currentActivity]: state.currentActivity,
    [runKeys.lessonStartedAt]: iso(state.lessonStartedAt),
    [runKeys.activityStartedAt]: iso(state.activityStartedAt),
    [runKeys.pausedAt]: iso(state.pausedAt),
  };
  for (const [number, seconds] of Object.entries(state.activitySeconds)) out[activitySecondsKey(Number(number))] = seconds;
  return out;
}

/** The fields whose value differs between two states: what a command has to write. */
export function changedRunFields(before: RunState, after: RunState): Record<string, FieldValue> {
  const old = values(before);
  const changes: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(values(after))) {
    const previous = old[key] ?? (activityNumberInRunKey(key) !== null ? 0 : null);
    if (!Object.is(previous, value)) changes[key] = value;
  }
  return changes;
}
