import type { CurrentUser } from '../auth/current-user';
import type { Action } from '../auth/policy';
import type { Prisma } from '../generated/prisma/client';
import type { DocumentKind, FieldSpec, FieldValue } from './types';

export interface DocumentAccess {
  documentId: string;
  classId: string;
  schoolId: string;
  /** False once the document is locked (a held plan, a submitted evaluation) or for readers. */
  editable: boolean;
}

/** What a feature provides to make one of its records a live shared document. */
export interface SharedDocumentType {
  kind: DocumentKind;
  fieldSpecs: FieldSpec[];
  /** The document when it exists and the user may perform `action` on it; null otherwise. */
  resolve(user: CurrentUser, documentId: string, action: Action): Promise<DocumentAccess | null>;
  /** Checks beyond the value's shape (e.g. the pupil belongs to this class); a Dutch message or null. */
  checkField(access: DocumentAccess, key: string, value: FieldValue): Promise<string | null>;
  /** Runs in the save's transaction, e.g. to withdraw sign-offs or audit pupil data. */
  afterFieldSaved(tx: Prisma.TransactionClient, access: DocumentAccess, key: string, value: FieldValue, user: CurrentUser): Promise<void>;
  /** Document-level state for the snapshot (status, sign-offs…). */
  meta(documentId: string): Promise<Record<string, unknown>>;
  /** Pages to revalidate after a document-level change (sign-off, submission), not after a field save. */
  paths(access: DocumentAccess): string[];
}
