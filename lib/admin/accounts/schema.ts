import { z } from 'zod';
import { emailSchema, idSchema, requiredText } from '../schema-parts';

/** In the order the admin's form offers them: the pair first. */
export const accountRoles = ['TEACHER', 'CARE_WORKER', 'COORDINATOR', 'ADMIN'] as const;
export const coordinatorScopes = ['ALL', 'SELECTED'] as const;

const accountFields = {
  name: requiredText(120),
  role: z.enum(accountRoles, { message: 'forms.errors.choose' }),
  /** Coordinators only: every school, or the schools in schoolIds. Ignored for other roles. */
  coordinatorScope: z.enum(coordinatorScopes, { message: 'forms.errors.choose' }),
  schoolIds: z.array(idSchema, { error: 'forms.errors.choose' }).max(1000),
};

/** A coordinator limited to chosen schools must have at least one. */
function requireChosenSchools(values: { role: string; coordinatorScope: string; schoolIds: string[] }, ctx: z.RefinementCtx): void {
  if (values.role === 'COORDINATOR' && values.coordinatorScope === 'SELECTED' && values.schoolIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['schoolIds'], message: 'admin.accounts.chooseSchools' });
  }
}

export const inviteAccountSchema = z.object({ email: emailSchema, ...accountFields }).superRefine(requireChosenSchools);
export const updateAccountSchema = z.object({ id: idSchema, ...accountFields }).superRefine(requireChosenSchools);
/** Actions on one account that need nothing else: a new link, deactivate, reactivate. */
export const accountRefSchema = z.object({ id: idSchema });

export type InviteAccountInput = z.input<typeof inviteAccountSchema>;
export type UpdateAccountInput = z.input<typeof updateAccountSchema>;
export type AccountRefInput = z.input<typeof accountRefSchema>;
