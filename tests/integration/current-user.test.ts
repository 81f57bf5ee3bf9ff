import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getCurrentUser } from '@/lib/auth/current-user';
import { actAs } from '../support/fake-session';
import { createClassWithPair } from '../support/factories';

describe('getCurrentUser', () => {
  it('returns the user with their classes', async () => {
    const { teacher, schoolClass } = await createClassWithPair();
    actAs(teacher);
    const user = await getCurrentUser();
    expect(user).toMatchObject({ id: teacher.id, role: 'TEACHER', classIds: [schoolClass.id], coordinatorSchoolIds: null });
  });

  it('refuses a deactivated account on its next request', async () => {
    const { careWorker } = await createClassWithPair();
    actAs(careWorker);
    await db.user.update({ where: { id: careWorker.id }, data: { active: false } });
    expect(await getCurrentUser()).toBeNull();
  });

  it('refuses a session from before a password change', async () => {
    const { teacher } = await createClassWithPair();
    actAs(teacher);
    await db.user.update({ where: { id: teacher.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getCurrentUser()).toBeNull();
  });

  it('returns null without a session', async () => {
    actAs(null);
    expect(await getCurrentUser()).toBeNull();
  });
});
