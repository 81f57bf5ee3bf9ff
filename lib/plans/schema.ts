import { z } from '../zod';

export const startPlanSchema = z.object({
  classId: z.string().min(1).max(40),
  lessonNumber: z.number().int().min(1).max(8),
});

export const planRefSchema = z.object({ planId: z.string().min(1).max(40) });
