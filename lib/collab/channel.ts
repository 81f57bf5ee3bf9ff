/** The PostgreSQL NOTIFY channel and payloads that carry live changes between app instances. */
import type { DocumentKind } from './types';

export const LIVE_CHANNEL = 'live_documents';

/** Kept small (NOTIFY payloads are limited to 8000 bytes): listeners read values themselves. */
export type LiveNotice =
  | { kind: DocumentKind; documentId: string; type: 'field'; key: string }
  | { kind: DocumentKind; documentId: string; type: 'presence' }
  | { kind: DocumentKind; documentId: string; type: 'meta'; notice?: string };

export function topicOf(kind: DocumentKind, documentId: string): string {
  return `${kind}:${documentId}`;
}
