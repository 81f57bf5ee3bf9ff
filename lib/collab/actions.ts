'use server';

import { actionUser, notAllowed } from '../actions/session-user';
import { validate } from '../actions/validate';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { ActionResult } from '../result';
import { sharedDocuments } from './documents';
import { DocumentLockedError } from './errors';
import { validateFieldValue } from './fields';
import { presenceSchema, saveFieldSchema } from './schema';
import { leavePresence, touchPresence, writeField } from './store';
import type { SaveFieldResult } from './types';

const LOCKED = 'Dit kan niet meer worden gewijzigd: de les is gegeven of de evaluatie is ingediend.';

/** Saves one field of a shared document, if it is still at the version the editor started from. */
export async function saveSharedField(input: unknown): Promise<SaveFieldResult> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(saveFieldSchema, input);
  if (!parsed.ok) return parsed.result;
  const { kind, documentId, key, value, baseVersion } = parsed.data;
  const document = sharedDocuments[kind];
  const access = document ? await document.resolve(session.user, documentId, 'write') : null;
  if (!document || !access) return notAllowed();
  if (!access.editable) return { ok: false, formError: LOCKED };

  const checked = validateFieldValue(document.fieldSpecs, key, value);
  if (!checked.ok) return { ok: false, formError: checked.message, fieldErrors: { [key]: [checked.message] } };
  const problem = await document.checkField(access, key, checked.value);
  if (problem) return { ok: false, formError: problem, fieldErrors: { [key]: [problem] } };

  const attempt = () =>
    db.$transaction(async (tx) => {
      const outcome = await writeField(tx, { kind, documentId, key, value: checked.value, baseVersion, userId: session.user.id });
      if (outcome.ok) await document.afterFieldSaved(tx, access, key, checked.value, session.user);
      return outcome;
    });
  let outcome;
  try {
    try {
      outcome = await attempt();
    } catch (error) {
      // Two first saves of the same field at once: the loser retries and sees the winner's version.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
      outcome = await attempt();
    }
  } catch (error) {
    if (error instanceof DocumentLockedError) return { ok: false, formError: LOCKED };
    throw error;
  }
  if (!outcome.ok) {
    const by = outcome.current.updatedBy ? await db.user.findUnique({ where: { id: outcome.current.updatedBy }, select: { name: true } }) : null;
    return {
      ok: false,
      formError: 'Iemand anders heeft dit veld intussen gewijzigd. Bekijk beide teksten en kies wat blijft.',
      conflict: { ...outcome.current, updatedByName: by?.name ?? null },
    };
  }
  // No revalidatePath here: every page is rendered per request, the partner hears of the change on
  // the live stream, and revalidating would make Next re-render the open page after every keystroke's save.
  return { ok: true, data: { version: outcome.version } };
}

/** Tells the partner which field this user is in (or that they left). */
export async function updatePresence(input: unknown): Promise<ActionResult> {
  const session = await actionUser();
  if (!session.ok) return session.result;
  const parsed = validate(presenceSchema, input);
  if (!parsed.ok) return parsed.result;
  const { kind, documentId, field, leaving } = parsed.data;
  const document = sharedDocuments[kind];
  const access = document ? await document.resolve(session.user, documentId, 'read') : null;
  if (!document || !access) return notAllowed();
  if (leaving) await leavePresence(kind, documentId, session.user.id);
  else await touchPresence(kind, documentId, session.user.id, field);
  return { ok: true, data: undefined };
}
