import { z } from 'zod';
import { idSchema, requiredText } from '../schema-parts';

export const schoolKinds = ['SO', 'VSO'] as const;

const schoolFields = {
  name: requiredText(120),
  kind: z.enum(schoolKinds, { message: 'forms.errors.choose' }),
  city: requiredText(80),
};

export const createSchoolSchema = z.object(schoolFields);
export const updateSchoolSchema = z.object({ id: idSchema, ...schoolFields });

export type CreateSchoolInput = z.input<typeof createSchoolSchema>;
export type UpdateSchoolInput = z.input<typeof updateSchoolSchema>;
