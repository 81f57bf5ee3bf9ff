import { z } from 'zod';
import { isCommonPassword } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;

/** An invitation token: 32 random bytes in base64url, always 43 characters of this alphabet. */
export const invitationTokenPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * Shared by the invitation form (client) and acceptInvitation (server). Messages are keys in
 * messages/nl, translated where they are shown.
 */
export const setPasswordSchema = z
  .object({
    token: z.string({ error: 'auth.inviteInvalid' }).regex(invitationTokenPattern, { message: 'auth.inviteInvalid' }),
    password: z
      .string({ error: 'auth.passwordTooShort' })
      .min(MIN_PASSWORD_LENGTH, { message: 'auth.passwordTooShort' })
      .max(200, { message: 'forms.errors.tooLong' })
      .refine((password) => !isCommonPassword(password), { message: 'auth.passwordCommon' }),
    repeatPassword: z.string({ error: 'auth.passwordMismatch' }).max(200, { message: 'forms.errors.tooLong' }),
  })
  .refine((values) => values.password === values.repeatPassword, { message: 'auth.passwordMismatch', path: ['repeatPassword'] });

export type SetPasswordInput = z.input<typeof setPasswordSchema>;
