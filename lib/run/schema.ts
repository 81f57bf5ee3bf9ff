/** Input of the run actions, shared by the forms (client) and the actions (server). */
import { z } from '../zod';

export const CAPTURE_TEXT_MAX = 280;
export const OUTCOME_NOTE_MAX = 1000;
/** Longest an activity can have taken, in minutes (a lesson that ran far over still fits). */
export const OUTCOME_MINUTES_MAX = 180;

export const captureKinds = ['STRESS', 'OBSERVATION', 'HELPED', 'CONVERSATION_NEEDED'] as const;
export type CaptureKind = (typeof captureKinds)[number];

export const outcomeKinds = ['AS_PLANNED', 'ADAPTED', 'SKIPPED'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

const id = z.string().min(1).max(40);

/** A short text: trimmed, empty becomes null; PostgreSQL cannot store NUL characters. */
const shortText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Maximaal ${max} tekens.` })
    .refine((text) => !text.includes('\u0000'), { message: 'Deze tekst bevat een ongeldig teken.' })
    .transform((text) => (text === '' ? null : text));

export const planRefSchema = z.object({ planId: id });

export const runCommandSchema = z.object({
  planId: id,
  command: z.discriminatedUnion('type', [
    z.object({ type: z.literal('start') }),
    z.object({ type: z.literal('pause') }),
    z.object({ type: z.literal('resume') }),
    z.object({ type: z.literal('next'), from: z.number().int().min(1).max(99).nullable() }),
    z.object({ type: z.literal('previous'), from: z.number().int().min(1).max(99).nullable() }),
    z.object({ type: z.literal('goto'), from: z.number().int().min(1).max(99).nullable(), to: z.number().int().min(1).max(99) }),
  ]),
});

export const outcomeSchema = z
  .object({
    planId: id,
    activityNumber: z.number().int().min(1).max(99),
    outcome: z.enum(outcomeKinds, { message: 'Kies wat er met deze activiteit gebeurde.' }),
    note: shortText(OUTCOME_NOTE_MAX).nullable().default(null),
    actualMinutes: z
      .number({ message: 'Vul een aantal minuten in.' })
      .int({ message: 'Vul hele minuten in.' })
      .min(0, { message: 'Minimaal 0 minuten.' })
      .max(OUTCOME_MINUTES_MAX, { message: `Maximaal ${OUTCOME_MINUTES_MAX} minuten.` })
      .nullable()
      .default(null),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === 'ADAPTED' && !value.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Schrijf kort op wat u heeft aangepast.' });
    }
  })
  // A skipped activity took no time, whatever the clock said.
  .transform((value) => (value.outcome === 'SKIPPED' ? { ...value, actualMinutes: 0 } : value));
export type OutcomeInput = z.input<typeof outcomeSchema>;

export const captureSchema = z.object({
  /** Made in the browser (crypto.randomUUID()), so a capture sent twice is stored once. */
  id: z.uuid({ message: 'Ongeldige notitie.' }),
  planId: id,
  pupilId: id,
  kind: z.enum(captureKinds, { message: 'Kies wat u wilt vastleggen.' }),
  text: shortText(CAPTURE_TEXT_MAX).nullable().default(null),
  activityNumber: z.number().int().min(1).max(99).nullable().default(null),
  /** When it was tapped, which may be long before it reaches the server after a Wi-Fi drop. */
  capturedAt: z.iso.datetime({ offset: true, message: 'Geen geldig tijdstip.' }),
});
export type CaptureInput = z.input<typeof captureSchema>;

export const updateCaptureSchema = z.object({
  id: z.uuid({ message: 'Ongeldige notitie.' }),
  kind: z.enum(captureKinds, { message: 'Kies wat u wilt vastleggen.' }),
  text: shortText(CAPTURE_TEXT_MAX).nullable().default(null),
});

export const captureRefSchema = z.object({ id: z.uuid({ message: 'Ongeldige notitie.' }) });
