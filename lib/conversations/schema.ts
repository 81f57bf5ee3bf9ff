import { freeText } from '../free-text';
import { z } from '../zod';

export const MAX_CONVERSATION_TEXT = 4000;

const id = z.string().min(1).max(40);
const isoDate = z
  .string({ message: 'Vul de datum van het gesprek in.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Vul de datum van het gesprek in.' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T12:00:00Z`)) && new Date(`${value}T12:00:00Z`).toISOString().startsWith(value), {
    message: 'Vul een bestaande datum in.',
  });

/**
 * "Gesprek met de leerling": a short conversation with one pupil around a lesson. Without
 * `conversationId` it is added; with it, an earlier note is changed, if it is still at `version`.
 */
export const conversationSchema = z.object({
  planId: id,
  conversationId: id.optional(),
  version: z.string().max(64).optional(),
  pupilId: z.string({ message: 'Kies de leerling.' }).min(1, { message: 'Kies de leerling.' }).max(40),
  heldOn: isoDate,
  talkedById: z.string({ message: 'Kies wie het gesprek voerde.' }).min(1, { message: 'Kies wie het gesprek voerde.' }).max(40),
  said: freeText(MAX_CONVERSATION_TEXT, { required: 'Schrijf kort wat er gezegd is.' }),
  agreements: freeText(MAX_CONVERSATION_TEXT).trim(),
});
export type ConversationInput = z.input<typeof conversationSchema>;
export type ConversationValues = z.output<typeof conversationSchema>;
