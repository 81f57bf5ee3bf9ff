import { describe, expect, it } from 'vitest';
import { programme } from '../programme';
import { todayIso } from '../pupils/schema-parts';
import { HOMEWORK_LESSON_NUMBERS, followUpSchema, handOutSchema, homeworkStatusSchema } from './schema';

describe('homework schemas', () => {
  it('know exactly the lessons whose programme data gives mentor homework', () => {
    expect([...HOMEWORK_LESSON_NUMBERS]).toEqual(programme.lessons.filter((l) => l.homework).map((l) => l.number));
    expect(handOutSchema.safeParse({ lessonNumber: 3 }).success).toBe(false);
    expect(handOutSchema.safeParse({ lessonNumber: 5 }).success).toBe(true);
  });

  it('need the day a returned sheet came back, and refuse a day in the future', () => {
    const base = { assignmentId: 'abc123', status: 'RETURNED' };
    expect(homeworkStatusSchema.safeParse({ ...base, returnedOn: '' }).error?.issues[0]?.path).toEqual(['returnedOn']);
    expect(homeworkStatusSchema.safeParse({ ...base, returnedOn: '2025-02-30' }).success).toBe(false);
    expect(homeworkStatusSchema.safeParse({ ...base, returnedOn: '2999-01-01' }).error?.issues[0]?.message).toBe('pupils.errors.dateInFuture');
    expect(homeworkStatusSchema.safeParse({ ...base, returnedOn: todayIso() }).success).toBe(true);
    expect(homeworkStatusSchema.safeParse({ ...base, status: 'NOT_RETURNED', returnedOn: '' }).success).toBe(true);
  });

  it('refuse control characters in a note', () => {
    const step = { assignmentId: 'abc123', stepKey: 'contact-mentor', doneOn: todayIso() };
    expect(followUpSchema.safeParse({ ...step, note: 'Gebeld\u0000' }).success).toBe(false);
    expect(followUpSchema.safeParse({ ...step, note: 'Gebeld,\nze komt morgen' }).success).toBe(true);
  });
});
