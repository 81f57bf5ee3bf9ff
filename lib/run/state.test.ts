import { describe, expect, it } from 'vitest';
import { changedRunFields, emptyRunState, runStateFromValues } from './state';

describe('run state and its fields', () => {
  it('reads absent and malformed fields as not started', () => {
    expect(runStateFromValues({})).toEqual(emptyRunState);
    expect(runStateFromValues({ lessonStartedAt: 'gisteren', currentActivity: 'twee', 'activity.1.seconds': -3 })).toEqual(emptyRunState);
  });

  it('reads timestamps and per-activity seconds', () => {
    const state = runStateFromValues({
      currentActivity: 2,
      lessonStartedAt: '2026-11-25T08:00:00.000Z',
      activityStartedAt: '2026-11-25T08:05:00.000Z',
      pausedAt: null,
      'activity.1.seconds': 300,
    });
    expect(state).toEqual({ currentActivity: 2, lessonStartedAt: Date.UTC(2026, 10, 25, 8), activityStartedAt: Date.UTC(2026, 10, 25, 8, 5), pausedAt: null, activitySeconds: { 1: 300 } });
  });

  it('writes only what changed', () => {
    const before = runStateFromValues({ currentActivity: 1, lessonStartedAt: '2026-11-25T08:00:00.000Z', activityStartedAt: '2026-11-25T08:00:00.000Z' });
    const after = { ...before, currentActivity: 2, activityStartedAt: Date.UTC(2026, 10, 25, 8, 6), activitySeconds: { 1: 360 } };
    expect(changedRunFields(before, after)).toEqual({ currentActivity: 2, activityStartedAt: '2026-11-25T08:06:00.000Z', 'activity.1.seconds': 360 });
    expect(changedRunFields(after, after)).toEqual({});
  });
});
