import { recordId } from '../record-id';
import { z } from '../zod';

export const saveFieldSchema = z.object({
  kind: z.enum(['PLAN', 'EVALUATION', 'RUN']),
  documentId: recordId,
  key: z.string().min(1).max(100),
  value: z.unknown(),
  baseVersion: z.number().int().min(0).max(1_000_000),
});
export type SaveFieldInput = z.infer<typeof saveFieldSchema>;

export const presenceSchema = z.object({
  kind: z.enum(['PLAN', 'EVALUATION', 'RUN']),
  documentId: recordId,
  field: z.string().max(100).nullable(),
  leaving: z.boolean().default(false),
});
