import 'server-only';
import { createHash } from 'node:crypto';

/**
 * A fingerprint of a conversation note as the form loaded it. PupilConversation has no version
 * column, so an edit names the content it started from and is refused when that content has
 * changed meanwhile (the partner edited the same note), instead of silently overwriting it.
 */
export function conversationVersion(row: { pupilId: string; heldOn: Date; talkedById: string; said: string; agreements: string | null }): string {
  const content = [row.pupilId, row.heldOn.toISOString().slice(0, 10), row.talkedById, row.said, row.agreements ?? ''];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 24);
}
