'use server';

import { revalidatePath } from 'next/cache';
import { NOT_ALLOWED } from '../../actions/session-user';
import { INVALID_INPUT, validate } from '../../actions/validate';
import { audit } from '../../audit/log';
import { invitationPath } from '../../auth/invitation-token';
import { expireOpenInvitations, issueInvitation } from '../../auth/invitations';
import { db } from '../../db';
import { fail, ok, type ActionResult } from '../../result';
import { adminActionUser } from '../access';
import { isUniqueViolation } from '../unique-violation';
import { coordinatorAllSchoolsFor, replaceCoordinatorSchools } from './coordinator-scope';
import { accountRefSchema, inviteAccountSchema, updateAccountSchema } from './schema';

/** Thrown inside a transaction to roll it back when a chosen school has gone. */
class SchoolMissing extends Error {}
const schoolMissing = () => fail(INVALID_INPUT, { schoolIds: ['admin.accounts.schoolMissing'] });

/**
 * Creates the account without a password and returns the path of its one-time link. The
 * link's token is not stored (only its hash), so this is the only time it can be shown.
 */
export async function inviteAccount(input: unknown): Promise<ActionResult<{ id: string; email: string; path: string }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(inviteAccountSchema, input);
  if (!parsed.ok) return parsed.result;
  const { email, name, role, coordinatorScope, schoolIds } = parsed.data;

  try {
    const created = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name, role, coordinatorAllSchools: coordinatorAllSchoolsFor(role, coordinatorScope) },
        select: { id: true, email: true },
      });
      if (!(await replaceCoordinatorSchools(tx, user.id, role, coordinatorScope, schoolIds))) throw new SchoolMissing();
      const token = await issueInvitation(tx, user.id, session.user.id);
      await audit({ userId: session.user.id, action: 'account.invite', entity: 'User', entityId: user.id, detail: { email, role } }, tx);
      return { id: user.id, email: user.email, path: invitationPath(token) };
    });
    revalidatePath('/beheer', 'layout');
    return ok(created);
  } catch (error) {
    if (isUniqueViolation(error)) return fail(INVALID_INPUT, { email: ['admin.accounts.emailTaken'] });
    if (error instanceof SchoolMissing) return schoolMissing();
    throw error;
  }
}

export async function updateAccount(input: unknown): Promise<ActionResult<{ id: string }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(updateAccountSchema, input);
  if (!parsed.ok) return parsed.result;
  const { id, name, role, coordinatorScope, schoolIds } = parsed.data;

  const before = await db.user.findUnique({ where: { id }, select: { name: true, role: true, coordinatorAllSchools: true } });
  if (!before) return fail(NOT_ALLOWED);
  // An admin who changes their own role locks themselves out of this screen.
  if (id === session.user.id && role !== before.role) return fail(INVALID_INPUT, { role: ['admin.accounts.cannotChangeOwnRole'] });

  try {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id }, data: { name, role, coordinatorAllSchools: coordinatorAllSchoolsFor(role, coordinatorScope) } });
      if (!(await replaceCoordinatorSchools(tx, id, role, coordinatorScope, schoolIds))) throw new SchoolMissing();
      // Only teachers and care workers are on a class's team.
      const leftTeam = role === 'TEACHER' || role === 'CARE_WORKER' ? 0 : (await tx.classTeamMember.deleteMany({ where: { userId: id } })).count;
      await audit(
        { userId: session.user.id, action: 'account.update', entity: 'User', entityId: id, detail: { before, after: { name, role, coordinatorScope, schoolIds }, leftTeam } },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof SchoolMissing) return schoolMissing();
    throw error;
  }
  revalidatePath('/beheer', 'layout');
  return ok({ id });
}

/** "Nieuwe link": a fresh one-time link; any earlier unused link stops working. */
export async function issueNewLink(input: unknown): Promise<ActionResult<{ id: string; email: string; path: string }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(accountRefSchema, input);
  if (!parsed.ok) return parsed.result;
  const { id } = parsed.data;

  const outcome = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, active: true } });
    if (!user) return 'missing' as const;
    // A deactivated account could set a password but never sign in with it.
    if (!user.active) return 'inactive' as const;
    const token = await issueInvitation(tx, user.id, session.user.id);
    await audit({ userId: session.user.id, action: 'account.reset-link', entity: 'User', entityId: user.id, detail: { email: user.email } }, tx);
    return { id: user.id, email: user.email, path: invitationPath(token) };
  });
  if (outcome === 'missing') return fail(NOT_ALLOWED);
  if (outcome === 'inactive') return fail('admin.accounts.reactivateFirst');
  revalidatePath('/beheer', 'layout');
  return ok(outcome);
}

/**
 * Deactivates an account: it can no longer sign in, its sessions end at their next request
 * (session version bumped) and its open links stop working. Nothing it made is deleted.
 */
export async function deactivateAccount(input: unknown): Promise<ActionResult<{ id: string }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(accountRefSchema, input);
  if (!parsed.ok) return parsed.result;
  const { id } = parsed.data;
  if (id === session.user.id) return fail('admin.accounts.cannotDeactivateSelf');

  const found = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { email: true, active: true } });
    if (!user) return false;
    await tx.user.update({ where: { id }, data: { active: false, sessionVersion: { increment: 1 } } });
    await expireOpenInvitations(tx, id);
    await audit({ userId: session.user.id, action: 'account.deactivate', entity: 'User', entityId: id, detail: { email: user.email, wasActive: user.active } }, tx);
    return true;
  });
  if (!found) return fail(NOT_ALLOWED);
  revalidatePath('/beheer', 'layout');
  return ok({ id });
}

export async function reactivateAccount(input: unknown): Promise<ActionResult<{ id: string }>> {
  const session = await adminActionUser();
  if (!session.ok) return session.result;
  const parsed = validate(accountRefSchema, input);
  if (!parsed.ok) return parsed.result;
  const { id } = parsed.data;

  const found = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { email: true, active: true } });
    if (!user) return false;
    await tx.user.update({ where: { id }, data: { active: true } });
    await audit({ userId: session.user.id, action: 'account.reactivate', entity: 'User', entityId: id, detail: { email: user.email, wasActive: user.active } }, tx);
    return true;
  });
  if (!found) return fail(NOT_ALLOWED);
  revalidatePath('/beheer', 'layout');
  return ok({ id });
}
