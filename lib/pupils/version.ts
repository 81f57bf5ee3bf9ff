import 'server-only';
import { createHash } from 'node:crypto';

/**
 * A short fingerprint of what a form shows. The form sends back the fingerprint it was loaded
 * with; the action compares it with the stored values' fingerprint, so a save based on an older
 * state (the partner saved in between) is refused rather than silently overwriting their change.
 * A fingerprint of the values rather than updatedAt lets several forms share one row (the
 * learning goal's sections) without refusing each other.
 */
export function versionOf(values: unknown): string {
  return createHash('sha256').update(JSON.stringify(values ?? null)).digest('hex').slice(0, 24);
}
