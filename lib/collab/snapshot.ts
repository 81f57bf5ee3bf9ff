import 'server-only';
import { keepAliases, type Pseudonymise } from '../pseudonym/replace-aliases';
import type { SharedDocumentType } from './document-type';
import { pseudonymiseFields } from './pseudonymise-fields';
import { readFields, readPresence } from './store';
import type { DocumentSnapshot } from './types';

/** The document as this reader sees it: `text` pseudonymises free text for readers without alias rights. */
export async function documentSnapshot(document: SharedDocumentType, documentId: string, text: Pseudonymise = keepAliases): Promise<DocumentSnapshot> {
  const [fields, presence, meta] = await Promise.all([
    readFields(document.kind, documentId),
    readPresence(document.kind, documentId),
    document.meta(documentId),
  ]);
  return { kind: document.kind, documentId, fields: pseudonymiseFields(fields, text), presence, meta };
}
