import { describe, expect, it } from 'vitest';
import { programme } from './index';
import { lessonTiming } from './lesson-timing';

describe('lessonTiming', () => {
  it('leaves the planning to the pair when the source gives no minutes', () => {
    expect(lessonTiming([{ minutes: null }, { minutes: null }])).toEqual({ kind: 'selfPlanned' });
  });

  it('adds up the minutes when the source gives them all', () => {
    expect(lessonTiming([{ minutes: 10 }, { minutes: 25 }])).toEqual({ kind: 'fixed', minutes: 35 });
  });

  it('says only part is fixed when some minutes are missing', () => {
    expect(lessonTiming([{ minutes: 10 }, { minutes: null }])).toEqual({ kind: 'partial', minutes: 10 });
  });

  it('is self-planned for every lesson of the current source', () => {
    for (const lesson of programme.lessons) expect(lessonTiming(lesson.activities)).toEqual({ kind: 'selfPlanned' });
  });
});
