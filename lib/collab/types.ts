/**
 * Shared documents: a lesson plan or an evaluation draft that two people edit at once.
 * Each field has its own version; a save names the version it was based on and is refused
 * when the field has moved on since, so no edit is ever silently overwritten.
 */
import type { z } from 'zod';

export type DocumentKind = 'PLAN' | 'EVALUATION' | 'RUN';

export type FieldValue = string | number | boolean | null;

export interface FieldState {
  value: FieldValue;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface PresenceEntry {
  userId: string;
  name: string;
  field: string | null;
}

/** What a client needs to start (or resume after a dropped connection). */
export interface DocumentSnapshot {
  kind: DocumentKind;
  documentId: string;
  fields: Record<string, FieldState>;
  presence: PresenceEntry[];
  /** Document-level state the feature adds (e.g. a plan's status and sign-offs). */
  meta: Record<string, unknown>;
}

/** Events on the live stream, after the first snapshot. */
export type LiveEvent =
  | { type: 'snapshot'; snapshot: DocumentSnapshot }
  | { type: 'field'; key: string; state: FieldState }
  | { type: 'presence'; presence: PresenceEntry[] }
  | { type: 'meta'; meta: Record<string, unknown>; notice?: string };

/** One registered field pattern: which keys exist and what values they take. */
export interface FieldSpec {
  /** Matches the key, e.g. /^activity\.(\d+)\.minutes$/. */
  pattern: RegExp;
  schema: z.ZodType<FieldValue>;
}

export type SaveFieldResult =
  | { ok: true; data: { version: number } }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]>; conflict?: FieldState & { updatedByName: string | null } };
