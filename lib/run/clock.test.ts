import { describe, expect, it } from 'vitest';
import { activityElapsedMs, formatClock, lessonElapsedMs, minutesFromClock, overTimeMs, remainingMs, runPhase } from './clock';
import { emptyRunState, type RunState } from './state';

const t0 = Date.UTC(2026, 10, 25, 8, 0, 0);
const min = (m: number) => m * 60_000;
const sec = (s: number) => s * 1000;

const running: RunState = { currentActivity: 2, lessonStartedAt: t0, activityStartedAt: t0 + min(5), pausedAt: null, activitySeconds: { 1: 300 } };

describe('lesson and activity clocks', () => {
  it('read zero before the lesson starts', () => {
    expect(lessonElapsedMs(emptyRunState, t0)).toBe(0);
    expect(activityElapsedMs(emptyRunState, 1, t0)).toBe(0);
    expect(runPhase(emptyRunState)).toBe('notStarted');
  });

  it('count from the start while running', () => {
    expect(lessonElapsedMs(running, t0 + min(12) + sec(7))).toBe(min(12) + sec(7));
    expect(activityElapsedMs(running, 2, t0 + min(12))).toBe(min(7));
    expect(runPhase(running)).toBe('running');
  });

  it('keep the time of an activity that is no longer current', () => {
    expect(activityElapsedMs(running, 1, t0 + min(30))).toBe(min(5));
    expect(activityElapsedMs(running, 3, t0 + min(30))).toBe(0);
  });

  it('add earlier stretches to the current one (after going back to an activity)', () => {
    const back: RunState = { ...running, currentActivity: 1, activityStartedAt: t0 + min(20) };
    expect(activityElapsedMs(back, 1, t0 + min(21))).toBe(min(6));
  });

  it('stand still while paused', () => {
    const paused: RunState = { ...running, pausedAt: t0 + min(10) };
    expect(lessonElapsedMs(paused, t0 + min(40))).toBe(min(10));
    expect(activityElapsedMs(paused, 2, t0 + min(40))).toBe(min(5));
    expect(runPhase(paused)).toBe('paused');
  });

  it('never run backwards when a screen clock is behind the start', () => {
    expect(lessonElapsedMs(running, t0 - sec(3))).toBe(0);
    expect(activityElapsedMs(running, 2, t0)).toBe(0);
  });
});

describe('over time', () => {
  it('gives the time left and how far over the planned minutes', () => {
    expect(remainingMs(min(3), 10)).toBe(min(7));
    expect(remainingMs(min(12), 10)).toBe(-min(2));
    expect(overTimeMs(min(12), 10)).toBe(min(2));
    expect(overTimeMs(min(10), 10)).toBe(0);
    expect(overTimeMs(min(9), 10)).toBe(0);
  });

  it('is never over time when nothing was planned', () => {
    expect(remainingMs(min(50), null)).toBeNull();
    expect(overTimeMs(min(50), null)).toBe(0);
  });

  it('measures the 45-minute lesson', () => {
    expect(overTimeMs(lessonElapsedMs(running, t0 + min(47) + sec(30)), 45)).toBe(min(2) + sec(30));
  });
});

describe('formatClock', () => {
  it('shows mm:ss, rounded down to whole seconds', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(999)).toBe('00:00');
    expect(formatClock(sec(61))).toBe('01:01');
    expect(formatClock(min(45))).toBe('45:00');
    expect(formatClock(min(62) + sec(5))).toBe('62:05');
  });

  it('marks negative times', () => {
    expect(formatClock(-sec(90))).toBe('-01:30');
  });
});

describe('minutesFromClock', () => {
  it('rounds to the nearest whole minute', () => {
    expect(minutesFromClock(0)).toBe(0);
    expect(minutesFromClock(sec(29))).toBe(0);
    expect(minutesFromClock(sec(30))).toBe(1);
    expect(minutesFromClock(min(7) + sec(40))).toBe(8);
    expect(minutesFromClock(-sec(40))).toBe(0);
  });
});
