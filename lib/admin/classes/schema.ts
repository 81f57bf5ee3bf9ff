import { z } from 'zod';
import { idSchema, optionalText, requiredText } from '../schema-parts';

/** "2026-2027": two consecutive years. */
export const schoolYearSchema = z
  .string({ error: 'admin.classes.schoolYearFormat' })
  .trim()
  .regex(/^\d{4}-\d{4}$/, { message: 'admin.classes.schoolYearFormat' })
  // Only judged once the format is right, so a wrong value gets one message, not two.
  .refine((value) => !/^\d{4}-\d{4}$/.test(value) || Number(value.slice(5)) === Number(value.slice(0, 4)) + 1, {
    message: 'admin.classes.schoolYearFormat',
  });

const classFields = {
  schoolId: idSchema,
  name: requiredText(80),
  schoolYear: schoolYearSchema,
  /** Free text such as "8–10 jaar"; empty means not given. */
  ageRange: optionalText(40),
};

export const createClassSchema = z.object(classFields);
export const updateClassSchema = z.object({ id: idSchema, ...classFields });

export type CreateClassInput = z.input<typeof createClassSchema>;
export type UpdateClassInput = z.input<typeof updateClassSchema>;

/** The school year that starts in the coming August, as a default for new classes. */
export function currentSchoolYear(now: Date = new Date()): string {
  const start = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  return `${start}-${start + 1}`;
}
