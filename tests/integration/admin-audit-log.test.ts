import { beforeAll, describe, expect, it } from 'vitest';
import { listAuditFilterOptions, listAuditLog } from '@/lib/admin/audit-log/queries';
import { auditLogFilterSchema } from '@/lib/admin/audit-log/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { createClassWithPair, createUser, currentUserOf } from '../support/factories';

let admin: CurrentUser;
let actor: { id: string; name: string; email: string };
let classId: string;
const filters = (query: Record<string, string>) => auditLogFilterSchema.parse(query);

beforeAll(async () => {
  await db.auditLog.deleteMany();
  admin = await currentUserOf((await createUser('ADMIN')).id);
  const { teacher, schoolClass } = await createClassWithPair('SO', []);
  actor = teacher;
  classId = schoolClass.id;
  // 120 entries, one a minute on 2026-03-01 (Amsterdam winter time), the newest last.
  const start = Date.parse('2026-03-01T08:00:00Z');
  await db.auditLog.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      at: new Date(start + i * 60_000),
      userId: i % 3 === 0 ? teacher.id : null,
      action: i % 2 === 0 ? 'account.invite' : 'school.update',
      entity: 'Test',
      entityId: String(i),
      classId: i % 4 === 0 ? schoolClass.id : null,
    })),
  });
  // One entry on the next day, just after midnight in Amsterdam.
  await db.auditLog.create({ data: { at: new Date('2026-03-01T23:30:00Z'), action: 'pupil.move', entity: 'Test', entityId: 'late' } });
});

describe('the audit log', () => {
  it('shows 50 entries a page, newest first, and pages back and forth by position', async () => {
    const first = await listAuditLog(admin, filters({}));
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]!.entityId).toBe('late');
    expect(first.entries[1]!.entityId).toBe('119');
    expect(first.newer).toBeNull();
    expect(first.older).not.toBeNull();

    const second = await listAuditLog(admin, filters({ ouder: first.older! }));
    expect(second.entries.map((e) => e.entityId)).toEqual(Array.from({ length: 50 }, (_, i) => String(70 - i)));
    const third = await listAuditLog(admin, filters({ ouder: second.older! }));
    expect(third.entries).toHaveLength(21);
    expect(third.older).toBeNull();

    const back = await listAuditLog(admin, filters({ nieuwer: third.newer! }));
    expect(back.entries.map((e) => e.entityId)).toEqual(second.entries.map((e) => e.entityId));
    const top = await listAuditLog(admin, filters({ nieuwer: back.newer! }));
    expect(top.entries.map((e) => e.entityId)).toEqual(first.entries.map((e) => e.entityId));
    expect(top.newer).toBeNull();
  });

  it('filters by action (or its start), user, class and days in Amsterdam time', async () => {
    const invites = await listAuditLog(admin, filters({ actie: 'account.invite' }));
    expect(invites.entries.every((e) => e.action === 'account.invite')).toBe(true);
    expect((await listAuditLog(admin, filters({ actie: 'account' }))).entries[0]!.action).toBe('account.invite');

    const byUser = await listAuditLog(admin, filters({ gebruiker: actor.id }));
    expect(byUser.entries).toHaveLength(40);
    expect(byUser.entries[0]!.user).toEqual({ name: actor.name, email: actor.email });

    const byClass = await listAuditLog(admin, filters({ klas: classId, actie: 'account.invite' }));
    expect(byClass.entries).toHaveLength(30);
    expect(byClass.entries.every((e) => e.className !== null)).toBe(true);

    const marchFirst = await listAuditLog(admin, filters({ van: '2026-03-01', tot: '2026-03-01' }));
    expect(marchFirst.entries.map((e) => e.entityId)).not.toContain('late');
    const marchSecond = await listAuditLog(admin, filters({ van: '2026-03-02', tot: '2026-03-02' }));
    expect(marchSecond.entries.map((e) => e.entityId)).toEqual(['late']);
  });

  it('ignores filter values that do not parse', () => {
    expect(filters({ gebruiker: "x' OR 1=1", van: '2026-13-45', ouder: 'abc', actie: '' })).toEqual({});
  });

  it('is read by admins only', async () => {
    for (const role of ['TEACHER', 'CARE_WORKER', 'COORDINATOR'] as const) {
      const user = await currentUserOf((await createUser(role)).id);
      await expect(listAuditLog(user, filters({}))).rejects.toThrow();
      await expect(listAuditFilterOptions(user)).rejects.toThrow();
    }
  });
});
