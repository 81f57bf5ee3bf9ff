/**
 * Who may do what, cell by cell: every role × resource kind × action, against records of the
 * user's own class/school and of another school. Users are real database rows, read back
 * through getCurrentUser() as the app does on every request.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/lib/auth/current-user';
import { authorize, can, type Action, type Resource } from '@/lib/auth/policy';
import { createClassWithPair, createUser, currentUserOf } from '../support/factories';

type Scope = 'own' | 'other';
type Kind = Resource['kind'];
type Expectation = Record<Kind, Record<Action, Record<Scope, boolean>>>;

const both = (value: boolean) => ({ own: value, other: value });
const ownOnly = { own: true, other: false };
const none = both(false);

const expected: Record<'TEACHER' | 'CARE_WORKER' | 'COORDINATOR_ALL' | 'COORDINATOR_ONE' | 'ADMIN', Expectation> = {
  TEACHER: {
    programme: { read: both(true), write: none },
    material: { read: both(true), write: none },
    administration: { read: none, write: none },
    auditLog: { read: none, write: none },
    school: { read: none, write: none },
    class: { read: ownOnly, write: ownOnly },
    pupilData: { read: ownOnly, write: ownOnly },
    pupilCodes: { read: ownOnly, write: ownOnly },
  },
  CARE_WORKER: {} as Expectation,
  COORDINATOR_ALL: {
    programme: { read: both(true), write: none },
    material: { read: both(true), write: none },
    administration: { read: none, write: none },
    auditLog: { read: none, write: none },
    school: { read: both(true), write: none },
    class: { read: both(true), write: none },
    pupilData: { read: none, write: none },
    pupilCodes: { read: both(true), write: none },
  },
  COORDINATOR_ONE: {
    programme: { read: both(true), write: none },
    material: { read: both(true), write: none },
    administration: { read: none, write: none },
    auditLog: { read: none, write: none },
    school: { read: ownOnly, write: none },
    class: { read: ownOnly, write: none },
    pupilData: { read: none, write: none },
    pupilCodes: { read: ownOnly, write: none },
  },
  ADMIN: {
    programme: { read: both(true), write: none },
    material: { read: both(true), write: both(true) },
    administration: { read: both(true), write: both(true) },
    auditLog: { read: both(true), write: both(true) },
    school: { read: both(true), write: both(true) },
    class: { read: none, write: none },
    pupilData: { read: none, write: none },
    pupilCodes: { read: both(true), write: both(true) },
  },
};
expected.CARE_WORKER = expected.TEACHER;

function resourceOf(kind: Kind, target: { classId: string; schoolId: string }): Resource {
  switch (kind) {
    case 'programme':
    case 'material':
    case 'administration':
    case 'auditLog':
      return { kind };
    case 'school':
      return { kind, schoolId: target.schoolId };
    case 'class':
    case 'pupilData':
    case 'pupilCodes':
      return { kind, classId: target.classId, schoolId: target.schoolId };
  }
}

let users: Record<keyof typeof expected, CurrentUser>;
let own: { classId: string; schoolId: string };
let other: { classId: string; schoolId: string };

beforeAll(async () => {
  const mine = await createClassWithPair('SO');
  const theirs = await createClassWithPair('VSO');
  own = { classId: mine.schoolClass.id, schoolId: mine.school.id };
  other = { classId: theirs.schoolClass.id, schoolId: theirs.school.id };
  users = {
    TEACHER: await currentUserOf(mine.teacher.id),
    CARE_WORKER: await currentUserOf(mine.careWorker.id),
    COORDINATOR_ALL: await currentUserOf((await createUser('COORDINATOR')).id),
    COORDINATOR_ONE: await currentUserOf((await createUser('COORDINATOR', { coordinatorSchoolIds: [mine.school.id] })).id),
    ADMIN: await currentUserOf((await createUser('ADMIN')).id),
  };
});

const cells = Object.entries(expected).flatMap(([role, kinds]) =>
  (Object.keys(expected.TEACHER) as Kind[]).flatMap((kind) =>
    (['read', 'write'] as const).flatMap((action) =>
      (['own', 'other'] as const).map((scope) => ({ role: role as keyof typeof expected, kind, action, scope, allowed: kinds[kind][action][scope] })),
    ),
  ),
);

describe('authorization matrix', () => {
  it('covers every cell', () => {
    expect(cells).toHaveLength(5 * 8 * 2 * 2);
  });

  it.each(cells)('$role $action $kind ($scope) → $allowed', ({ role, kind, action, scope, allowed }) => {
    const resource = resourceOf(kind, scope === 'own' ? own : other);
    expect(can(users[role], action, resource)).toBe(allowed);
    // A refusal is a 404, exactly like a record that does not exist.
    if (allowed) expect(() => authorize(users[role], action, resource)).not.toThrow();
    else expect(() => authorize(users[role], action, resource)).toThrow(expect.objectContaining({ digest: expect.stringContaining('404') }));
  });
});
