import { z } from 'zod';

export const AUDIT_PAGE_SIZE = 50;

/** A position in the log: the entry's time (ms) and id, newest first. */
const cursorSchema = z
  .string()
  .regex(/^\d{1,15}\.\d{1,19}$/)
  .transform((value) => {
    const [at, id] = value.split('.') as [string, string];
    return { at: new Date(Number(at)), id: BigInt(id) };
  });

const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * The audit log's filters, from the page's query string (Dutch names, as the user sees them in
 * the address bar). A value that does not parse is ignored rather than refused: it is a view.
 */
export const auditLogFilterSchema = z.object({
  /** An action or the start of one: "account" finds account.invite, account.deactivate, … */
  actie: optional(z.string().trim().regex(/^[\w.-]{1,60}$/)),
  gebruiker: optional(z.string().regex(/^[a-z0-9]{1,40}$/i)),
  klas: optional(z.string().regex(/^[a-z0-9]{1,40}$/i)),
  van: optional(day),
  tot: optional(day),
  /** Entries older than this position. */
  ouder: optional(cursorSchema),
  /** Entries newer than this position. */
  nieuwer: optional(cursorSchema),
});

export type AuditLogFilters = z.output<typeof auditLogFilterSchema>;

export function encodeCursor(entry: { at: Date; id: bigint | string }): string {
  return `${entry.at.getTime()}.${entry.id.toString()}`;
}
