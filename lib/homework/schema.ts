import { z } from 'zod';
import { LONG_TEXT_MAX, idSchema, optionalText, pastDateSchema } from '../pupils/schema-parts';

/**
 * The homework forms' schemas, shared by form and action. The lesson numbers with mentor homework
 * are written out rather than read from lib/programme so the programme's text stays out of the
 * browser bundle; schema.test.ts keeps them equal to the programme's.
 */
export const HOMEWORK_LESSON_NUMBERS = [1, 2, 5, 6, 7] as const;

const lessonNumberSchema = z
  .number({ error: 'homework.errors.lesson' })
  .int({ message: 'homework.errors.lesson' })
  .refine((n) => (HOMEWORK_LESSON_NUMBERS as readonly number[]).includes(n), { message: 'homework.errors.lesson' });

/** "Uitgedeeld": the sheet went home with every active pupil for this lesson. */
export const handOutSchema = z.object({ lessonNumber: lessonNumberSchema });
export type HandOutInput = z.input<typeof handOutSchema>;

export const homeworkStatuses = ['HANDED_OUT', 'RETURNED', 'NOT_RETURNED'] as const;

/** Back (with the day it came back), not back, or back to just handed out. */
export const homeworkStatusSchema = z
  .object({
    assignmentId: idSchema,
    status: z.enum(homeworkStatuses, { message: 'homework.errors.status' }),
    returnedOn: z.union([z.literal(''), pastDateSchema]),
  })
  .refine((input) => input.status !== 'RETURNED' || input.returnedOn !== '', { message: 'homework.errors.returnedOnRequired', path: ['returnedOn'] });
export type HomeworkStatusInput = z.input<typeof homeworkStatusSchema>;

/** One step of the follow-up ladder, done by the signed-in user on this day. */
export const followUpSchema = z.object({
  assignmentId: idSchema,
  stepKey: z.string({ error: 'homework.errors.step' }).regex(/^[a-z0-9-]{1,60}$/, { message: 'homework.errors.step' }),
  doneOn: pastDateSchema,
  note: optionalText(LONG_TEXT_MAX),
});
export type FollowUpInput = z.input<typeof followUpSchema>;

/** Takes back a step recorded by mistake. */
export const undoFollowUpSchema = z.object({
  assignmentId: idSchema,
  stepKey: z.string({ error: 'homework.errors.step' }).regex(/^[a-z0-9-]{1,60}$/, { message: 'homework.errors.step' }),
});
export type UndoFollowUpInput = z.input<typeof undoFollowUpSchema>;
