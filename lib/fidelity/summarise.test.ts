import { describe, expect, it } from 'vitest';
import { lessonFidelity, share, summariseLessons } from './summarise';

describe('fidelity per lesson', () => {
  it('counts outcomes and averages planned and actual minutes over the recorded lessons', () => {
    const [one, two] = summariseLessons([1, 2], {
      held: [
        { lessonNumber: 1, count: 3 },
        { lessonNumber: 2, count: 1 },
      ],
      outcomes: [
        { lessonNumber: 1, outcome: 'AS_PLANNED', count: 9, actualMinutes: 70 },
        { lessonNumber: 1, outcome: 'ADAPTED', count: 2, actualMinutes: 21 },
        { lessonNumber: 1, outcome: 'SKIPPED', count: 1, actualMinutes: 0 },
      ],
      plannedTotals: [
        { lessonNumber: 1, plannedMinutes: 45 },
        { lessonNumber: 1, plannedMinutes: 40 },
      ],
    });
    expect(one).toEqual({
      lessonNumber: 1,
      held: 3,
      recorded: 2,
      outcomes: { AS_PLANNED: 9, ADAPTED: 2, SKIPPED: 1 },
      outcomeTotal: 12,
      plannedMinutes: 42.5,
      actualMinutes: 45.5,
    });
    expect(two).toEqual({ lessonNumber: 2, held: 1, recorded: 0, outcomes: { AS_PLANNED: 0, ADAPTED: 0, SKIPPED: 0 }, outcomeTotal: 0, plannedMinutes: null, actualMinutes: null });
  });

  it('rounds averages to one decimal', () => {
    const [one] = summariseLessons([1], {
      held: [],
      outcomes: [{ lessonNumber: 1, outcome: 'AS_PLANNED', count: 3, actualMinutes: 100 }],
      plannedTotals: [1, 2, 3].map(() => ({ lessonNumber: 1, plannedMinutes: 45 })),
    });
    expect(one?.actualMinutes).toBe(33.3);
  });

  it('gives a share only when there is a total', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });
});

describe("fidelity of one class's lesson", () => {
  const planned = [
    { number: 1, title: 'Waar kom jij vandaan?', included: true, minutes: 5 },
    { number: 2, title: 'Sta op als', included: true, minutes: 15 },
    { number: 3, title: 'Werkblad', included: false, minutes: 10 },
    { number: 4, title: 'Eindactiviteit', included: true, minutes: null },
  ];

  it('puts each activity’s plan beside what was recorded; left-out activities plan no minutes', () => {
    const lesson = lessonFidelity(1, '2026-11-10', planned, [
      { activityNumber: 1, outcome: 'AS_PLANNED', actualMinutes: 6 },
      { activityNumber: 2, outcome: 'ADAPTED', actualMinutes: 18 },
      { activityNumber: 4, outcome: 'SKIPPED', actualMinutes: 0 },
    ]);
    expect(lesson.activities).toEqual([
      { number: 1, title: 'Waar kom jij vandaan?', included: true, plannedMinutes: 5, outcome: 'AS_PLANNED', actualMinutes: 6 },
      { number: 2, title: 'Sta op als', included: true, plannedMinutes: 15, outcome: 'ADAPTED', actualMinutes: 18 },
      { number: 3, title: 'Werkblad', included: false, plannedMinutes: null, outcome: null, actualMinutes: null },
      { number: 4, title: 'Eindactiviteit', included: true, plannedMinutes: null, outcome: 'SKIPPED', actualMinutes: 0 },
    ]);
    expect(lesson).toMatchObject({ lessonNumber: 1, heldOn: '2026-11-10', outcomes: { AS_PLANNED: 1, ADAPTED: 1, SKIPPED: 1 }, plannedMinutes: 20, actualMinutes: 24 });
  });

  it('shows a held lesson without recorded outcomes as not recorded', () => {
    const lesson = lessonFidelity(2, '2026-11-17', planned, []);
    expect(lesson.activities.every((a) => a.outcome === null && a.actualMinutes === null)).toBe(true);
    expect(lesson).toMatchObject({ outcomes: { AS_PLANNED: 0, ADAPTED: 0, SKIPPED: 0 }, plannedMinutes: 20, actualMinutes: 0 });
  });
});
