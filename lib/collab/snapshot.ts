import 'server-only';
import type { SharedDocumentType } from './document-type';
import { readFields, readPresence } from './store';
import type { DocumentSnapshot } from './types';

export async function documentSnapshot(document: SharedDocumentType, documentId: string): Promise<DocumentSnapshot> {
  const [fields, presence, meta] = await Promise.all([
    readFields(document.kind, documentId),
    readPresence(document.kind, documentId),
    document.meta(documentId),
  ]);
  return { kind: document.kind, documentId, fields, presence, meta };
}
