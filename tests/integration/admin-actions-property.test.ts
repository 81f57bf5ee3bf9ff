/**
 * The actions themselves, called by an admin with arbitrary input (as anyone can POST to a
 * server action): never a throw, always a result the form can show.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { deactivateAccount, inviteAccount, issueNewLink, reactivateAccount, updateAccount } from '@/lib/admin/accounts/actions';
import { createClass, updateClass } from '@/lib/admin/classes/actions';
import { addMembership, removeMembership } from '@/lib/admin/memberships/actions';
import { movePupil } from '@/lib/admin/pupils/actions';
import { createSchool, updateSchool } from '@/lib/admin/schools/actions';
import { acceptInvitation } from '@/lib/auth/invitation-actions';
import type { ActionResult } from '@/lib/result';
import { actAs } from '../support/fake-session';
import { createClassWithPair, createUser } from '../support/factories';

let ids: string[] = [];

beforeAll(async () => {
  const admin = await createUser('ADMIN');
  const { school, schoolClass, teacher, pupils } = await createClassWithPair();
  ids = [school.id, schoolClass.id, teacher.id, pupils[0]!.code];
  actAs(admin);
});

const actions: Record<string, (input: unknown) => Promise<ActionResult<unknown>>> = {
  createSchool,
  updateSchool,
  createClass,
  updateClass,
  inviteAccount,
  updateAccount,
  issueNewLink,
  deactivateAccount,
  reactivateAccount,
  addMembership,
  removeMembership,
  movePupil,
  acceptInvitation,
};

/** Nonsense, and objects with the actions' field names holding anything (real ids included). */
const input = fc.oneof(
  fc.anything(),
  fc.dictionary(
    fc.constantFrom('id', 'name', 'kind', 'city', 'schoolId', 'schoolYear', 'ageRange', 'email', 'role', 'coordinatorScope', 'schoolIds', 'classId', 'userId', 'code', 'token', 'password', 'repeatPassword'),
    fc.oneof(fc.anything(), fc.constantFrom(...['SO', 'TEACHER', 'ALL', '2026-2027', 'x@example.org'].concat(['id0', 'id1', 'id2', 'id3']))),
  ),
);

describe('admin actions take any input', () => {
  for (const [name, action] of Object.entries(actions)) {
    it(`${name} never throws`, async () => {
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          const value = JSON.parse(JSON.stringify(raw ?? null, (_k, v: unknown) => (typeof v === 'string' && /^id[0-3]$/.test(v) ? ids[Number(v[2])] : typeof v === 'bigint' ? String(v) : v)));
          const result = await action(value);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.formError ?? result.fieldErrors).toBeDefined();
        }),
        { numRuns: 40 },
      );
    });
  }
});
