import { recordId } from '../record-id';
import { z } from '../zod';

export const startPlanSchema = z.object({
  classId: recordId,
  lessonNumber: z.number().int().min(1).max(8),
});

export const planRefSchema = z.object({ planId: recordId });
