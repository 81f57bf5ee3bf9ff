import { describe, expect, it } from 'vitest';
import { evaluationsPerLesson, heatStep, homeworkPerLesson, stressGrid } from './series';

describe('chart series', () => {
  it('gives every lesson a row, zeros where nothing was counted', () => {
    expect(evaluationsPerLesson([1, 2, 3], [{ lessonNumber: 2, held: 3, submitted: 2 }])).toEqual([
      { lessonNumber: 1, held: 0, submitted: 0 },
      { lessonNumber: 2, held: 3, submitted: 2 },
      { lessonNumber: 3, held: 0, submitted: 0 },
    ]);
  });

  it('lays stress signals out per lesson and activity, with signals outside an activity apart', () => {
    const lessons = [
      { number: 1, activities: [{ number: 1, title: 'Opening' }, { number: 2, title: 'Waar kom jij vandaan?' }, { number: 3, title: 'Sta op als' }] },
      { number: 2, activities: [{ number: 1, title: 'Waar kom jij vandaan?' }] },
    ];
    const grid = stressGrid(lessons, [
      { lessonNumber: 1, activityNumber: 3, count: 4 },
      { lessonNumber: 1, activityNumber: null, count: 1 },
      { lessonNumber: 1, activityNumber: 9, count: 2 },
      { lessonNumber: 2, activityNumber: 1, count: 1 },
    ]);
    expect(grid.lessons[0]).toEqual({
      number: 1,
      total: 7,
      unknown: 3,
      activities: [
        { number: 1, title: 'Opening', count: 0 },
        { number: 2, title: 'Waar kom jij vandaan?', count: 0 },
        { number: 3, title: 'Sta op als', count: 4 },
      ],
    });
    expect(grid).toMatchObject({ activityRows: 3, hasUnknown: true, max: 4, total: 8 });
  });

  it('has an empty grid when there are no signals', () => {
    const grid = stressGrid([{ number: 1, activities: [{ number: 1, title: 'Opening' }] }], []);
    expect(grid).toMatchObject({ max: 0, total: 0, hasUnknown: false });
  });

  it('counts homework per lesson and status, for the homework lessons and any other with sheets', () => {
    expect(
      homeworkPerLesson(
        [1, 2],
        [
          { lessonNumber: 1, status: 'RETURNED', count: 5 },
          { lessonNumber: 1, status: 'HANDED_OUT', count: 1 },
          { lessonNumber: 4, status: 'NOT_RETURNED', count: 2 },
        ],
      ),
    ).toEqual([
      { lessonNumber: 1, RETURNED: 5, NOT_RETURNED: 0, HANDED_OUT: 1, total: 6 },
      { lessonNumber: 2, RETURNED: 0, NOT_RETURNED: 0, HANDED_OUT: 0, total: 0 },
      { lessonNumber: 4, RETURNED: 0, NOT_RETURNED: 2, HANDED_OUT: 0, total: 2 },
    ]);
  });

  it('shades heat-map cells in four steps, none for zero', () => {
    expect([0, 1, 2, 3, 4, 8].map((n) => heatStep(n, 8))).toEqual([0, 1, 1, 2, 2, 4]);
    expect(heatStep(3, 0)).toBe(0);
  });
});
