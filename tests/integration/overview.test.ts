import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { findClassFor } from '@/lib/classes/access';
import { getProgressOverview } from '@/lib/overview/queries';
import { startPlan } from '@/lib/plans/actions';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair, createUser, currentUserOf } from '../support/factories';

let so: Awaited<ReturnType<typeof createClassWithPair>>;
let vso: Awaited<ReturnType<typeof createClassWithPair>>;

beforeAll(async () => {
  await seedProgramme(db);
  so = await createClassWithPair('SO');
  vso = await createClassWithPair('VSO');
  actAs(so.teacher);
  await startPlan({ classId: so.schoolClass.id, lessonNumber: 1 });
});

describe('coordinator overview', () => {
  it('shows every class in scope with 8 lessons and their status', async () => {
    const coordinator = await currentUserOf((await createUser('COORDINATOR')).id);
    const data = await getProgressOverview(coordinator, {});
    const row = data?.rows.find((r) => r.classId === so.schoolClass.id);
    expect(row?.cells).toHaveLength(8);
    expect(row?.cells[0]?.status).toBe('PREPARING');
    expect(row?.cells[1]?.status).toBe('NOT_STARTED');
    expect(data?.rows.some((r) => r.classId === vso.schoolClass.id)).toBe(true);
  });

  it('filters by school type', async () => {
    const coordinator = await currentUserOf((await createUser('COORDINATOR')).id);
    const data = await getProgressOverview(coordinator, { kind: 'VSO' });
    expect(data?.rows.every((r) => r.school.kind === 'VSO')).toBe(true);
    expect(data?.rows.some((r) => r.classId === vso.schoolClass.id)).toBe(true);
  });

  it('limits a coordinator of one school to that school; another school is not found', async () => {
    const coordinator = await currentUserOf((await createUser('COORDINATOR', { coordinatorSchoolIds: [so.school.id] })).id);
    const data = await getProgressOverview(coordinator, {});
    expect(data?.rows.map((r) => r.classId)).toEqual([so.schoolClass.id]);
    expect(await findClassFor(coordinator, so.schoolClass.id, 'read')).not.toBeNull();
    expect(await findClassFor(coordinator, vso.schoolClass.id, 'read')).toBeNull();
    expect(await findClassFor(coordinator, so.schoolClass.id, 'write')).toBeNull();
  });

  it('is not available to the pair or the admin', async () => {
    expect(await getProgressOverview(await currentUserOf(so.teacher.id), {})).toBeNull();
    expect(await getProgressOverview(await currentUserOf((await createUser('ADMIN')).id), {})).toBeNull();
  });
});
