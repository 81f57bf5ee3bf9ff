import { z } from './zod';

/**
 * A record id as the database makes them (cuid: lower-case letters and digits). Checked before
 * any query, so a forged id (with a NUL byte, say) is a validation error, never a database error.
 */
export const recordId = z.string().regex(/^[a-z0-9]{1,40}$/, { message: 'Onbekend of ongeldig kenmerk.' });
