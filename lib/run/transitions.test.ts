import { describe, expect, it } from 'vitest';
import { activityElapsedMs, lessonElapsedMs } from './clock';
import { emptyRunState, type RunState } from './state';
import { applyRunCommand, neighbour } from './transitions';

const t0 = Date.UTC(2026, 10, 25, 8, 0, 0);
const min = (m: number) => m * 60_000;
// Activity 4 is not in the plan (an optional activity the pair left out).
const planned = [1, 2, 3, 5];

describe('neighbour', () => {
  it('finds the next and previous planned activity, skipping left-out ones', () => {
    expect(neighbour(planned, 3, 1)).toBe(5);
    expect(neighbour(planned, 5, -1)).toBe(3);
    expect(neighbour(planned, 4, 1)).toBe(5);
    expect(neighbour(planned, 5, 1)).toBeNull();
    expect(neighbour(planned, 1, -1)).toBeNull();
    expect(neighbour(planned, null, 1)).toBe(1);
  });
});

describe('applyRunCommand', () => {
  const started = applyRunCommand(emptyRunState, { type: 'start' }, planned, t0);

  it('starts the lesson at the first planned activity', () => {
    expect(started).toEqual({ currentActivity: 1, lessonStartedAt: t0, activityStartedAt: t0, pausedAt: null, activitySeconds: {} });
    expect(applyRunCommand(started, { type: 'start' }, planned, t0 + min(3))).toBe(started);
  });

  it('moves on, keeping the time spent on the activity it leaves', () => {
    const second = applyRunCommand(started, { type: 'next', from: 1 }, planned, t0 + min(6));
    expect(second).toMatchObject({ currentActivity: 2, activityStartedAt: t0 + min(6), activitySeconds: { 1: 360 } });
    expect(activityElapsedMs(second, 2, t0 + min(8))).toBe(min(2));
    expect(lessonElapsedMs(second, t0 + min(8))).toBe(min(8));
  });

  it('ignores a second "next" from a screen that had not seen the first', () => {
    const second = applyRunCommand(started, { type: 'next', from: 1 }, planned, t0 + min(6));
    expect(applyRunCommand(second, { type: 'next', from: 1 }, planned, t0 + min(6))).toBe(second);
  });

  it('goes back and adds the new stretch to the earlier time', () => {
    const second = applyRunCommand(started, { type: 'next', from: 1 }, planned, t0 + min(6));
    const back = applyRunCommand(second, { type: 'previous', from: 2 }, planned, t0 + min(9));
    expect(back).toMatchObject({ currentActivity: 1, activitySeconds: { 1: 360, 2: 180 } });
    expect(activityElapsedMs(back, 1, t0 + min(10))).toBe(min(7));
  });

  it('does not move past either end or to an activity outside the plan', () => {
    expect(applyRunCommand(started, { type: 'previous', from: 1 }, planned, t0 + min(1))).toBe(started);
    expect(applyRunCommand(started, { type: 'goto', from: 1, to: 4 }, planned, t0 + min(1))).toBe(started);
    const last = applyRunCommand(started, { type: 'goto', from: 1, to: 5 }, planned, t0 + min(1));
    expect(last.currentActivity).toBe(5);
    expect(applyRunCommand(last, { type: 'next', from: 5 }, planned, t0 + min(2))).toBe(last);
  });

  it('stops every clock during a pause and leaves the pause out after resuming', () => {
    const paused = applyRunCommand(started, { type: 'pause' }, planned, t0 + min(4));
    expect(lessonElapsedMs(paused, t0 + min(20))).toBe(min(4));
    expect(applyRunCommand(paused, { type: 'pause' }, planned, t0 + min(5))).toBe(paused);
    const resumed = applyRunCommand(paused, { type: 'resume' }, planned, t0 + min(10));
    expect(resumed.pausedAt).toBeNull();
    expect(lessonElapsedMs(resumed, t0 + min(11))).toBe(min(5));
    expect(activityElapsedMs(resumed, 1, t0 + min(11))).toBe(min(5));
  });

  it('moves while paused without counting the pause for the next activity', () => {
    const paused = applyRunCommand(started, { type: 'pause' }, planned, t0 + min(4));
    const moved = applyRunCommand(paused, { type: 'next', from: 1 }, planned, t0 + min(8));
    expect(moved.activitySeconds[1]).toBe(240);
    expect(activityElapsedMs(moved, 2, t0 + min(9))).toBe(0);
    const resumed = applyRunCommand(moved, { type: 'resume' }, planned, t0 + min(10));
    expect(activityElapsedMs(resumed, 2, t0 + min(12))).toBe(min(2));
    expect(lessonElapsedMs(resumed, t0 + min(12))).toBe(min(6));
  });

  it('lets the pair look ahead before the start without running a clock', () => {
    const browsed = applyRunCommand(emptyRunState, { type: 'next', from: null }, planned, t0);
    expect(browsed).toMatchObject({ currentActivity: 1, lessonStartedAt: null });
    const third = applyRunCommand(browsed, { type: 'goto', from: 1, to: 3 }, planned, t0);
    expect(third).toMatchObject({ currentActivity: 3, activitySeconds: {} });
    // Starting begins at the activity on screen.
    expect(applyRunCommand(third, { type: 'start' }, planned, t0 + min(1))).toMatchObject({ currentActivity: 3, lessonStartedAt: t0 + min(1) });
  });

  it('resume and pause do nothing before the start', () => {
    const before: RunState = emptyRunState;
    expect(applyRunCommand(before, { type: 'pause' }, planned, t0)).toBe(before);
    expect(applyRunCommand(before, { type: 'resume' }, planned, t0)).toBe(before);
  });
});
