import { z } from 'zod';

/** Shared by the login form (client) and the credential check (server). */
export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email({ message: 'Vul een geldig e-mailadres in.' }).max(254),
  password: z.string().min(1, { message: 'Vul uw wachtwoord in.' }).max(200),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** Error codes the credential check passes back to the login form. */
export const LOGIN_ERRORS = { invalid: 'CredentialsSignin', throttled: 'Throttled' } as const;
