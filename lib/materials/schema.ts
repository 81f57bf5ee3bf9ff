import { z } from 'zod';
import { getLesson } from '../programme';
import { uploadMessages as t } from './messages';

/**
 * One material upload: which attachment of which lesson, and the file. Size and type are
 * checked by the action after this (type by content, see file-type.ts).
 */
const unknownMaterial = t('errors.unknownMaterial');

export const uploadMaterialSchema = z
  .object({
    lessonNumber: z.coerce.number({ error: unknownMaterial }).int({ error: unknownMaterial }).min(1, { error: unknownMaterial }).max(8, { error: unknownMaterial }),
    materialNumber: z.coerce.number({ error: unknownMaterial }).int({ error: unknownMaterial }).min(1, { error: unknownMaterial }),
    // An empty file part is what a browser sends when no file was chosen.
    file: z.file({ error: t('errors.noFile') }).refine((file) => file.size > 0, { error: t('errors.noFile') }),
  })
  .refine(({ lessonNumber, materialNumber }) => getLesson(lessonNumber)?.materials.some((m) => m.number === materialNumber) ?? false, {
    error: unknownMaterial,
    path: ['materialNumber'],
  });

export type UploadMaterialInput = z.input<typeof uploadMaterialSchema>;
