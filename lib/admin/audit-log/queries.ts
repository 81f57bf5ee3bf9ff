import 'server-only';
import type { CurrentUser } from '../../auth/current-user';
import { authorize } from '../../auth/policy';
import { db } from '../../db';
import type { Prisma } from '../../generated/prisma/client';
import { AUDIT_PAGE_SIZE, encodeCursor, type AuditLogFilters } from './schema';
import { nextDay, zonedDayStart } from './zoned-day';

const TIME_ZONE = 'Europe/Amsterdam';

export interface AuditEntryRow {
  id: string;
  at: Date;
  action: string;
  entity: string;
  entityId: string | null;
  user: { name: string; email: string } | null;
  className: string | null;
  ip: string | null;
  detail: string | null;
}

export interface AuditLogPage {
  entries: AuditEntryRow[];
  /** Cursor for the page of newer entries, if there are any. */
  newer: string | null;
  /** Cursor for the page of older entries, if there are any. */
  older: string | null;
}

function filterWhere(filters: AuditLogFilters): Prisma.AuditLogWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filters.van) at.gte = zonedDayStart(filters.van, TIME_ZONE);
  if (filters.tot) at.lt = zonedDayStart(nextDay(filters.tot), TIME_ZONE);
  return {
    ...(filters.actie ? { action: { startsWith: filters.actie } } : {}),
    ...(filters.gebruiker ? { userId: filters.gebruiker } : {}),
    ...(filters.klas ? { classId: filters.klas } : {}),
    ...(filters.van || filters.tot ? { at } : {}),
  };
}

/**
 * One page of the audit log, newest first. Pages by position (keyset) rather than by offset,
 * so every page costs the same: the (userId, at), (classId, at) and (at) indexes serve both the
 * filter and the order, however far back the admin pages.
 */
export async function listAuditLog(user: CurrentUser, filters: AuditLogFilters): Promise<AuditLogPage> {
  authorize(user, 'read', { kind: 'auditLog' });
  const where = filterWhere(filters);
  const goingBack = !filters.ouder && !!filters.nieuwer;
  const cursor = filters.ouder ?? filters.nieuwer;
  const position: Prisma.AuditLogWhereInput | undefined = cursor
    ? goingBack
      ? { OR: [{ at: { gt: cursor.at } }, { at: cursor.at, id: { gt: cursor.id } }] }
      : { OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] }
    : undefined;
  const direction = goingBack ? 'asc' : 'desc';
  const rows = await db.auditLog.findMany({
    where: position ? { AND: [where, position] } : where,
    orderBy: [{ at: direction }, { id: direction }],
    take: AUDIT_PAGE_SIZE + 1,
  });
  const hasMore = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  if (goingBack) page.reverse();

  const [users, classes] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(page.flatMap((r) => (r.userId ? [r.userId] : [])))] } }, select: { id: true, name: true, email: true } }),
    db.schoolClass.findMany({ where: { id: { in: [...new Set(page.flatMap((r) => (r.classId ? [r.classId] : [])))] } }, select: { id: true, name: true } }),
  ]);
  const userById = new Map(users.map((u) => [u.id, { name: u.name, email: u.email }]));
  const classById = new Map(classes.map((c) => [c.id, c.name]));
  const first = page[0];
  const last = page[page.length - 1];
  return {
    entries: page.map((row) => ({
      id: row.id.toString(),
      at: row.at,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      user: row.userId ? (userById.get(row.userId) ?? null) : null,
      className: row.classId ? (classById.get(row.classId) ?? null) : null,
      ip: row.ip,
      detail: row.detail === null ? null : JSON.stringify(row.detail),
    })),
    newer: first && (goingBack ? hasMore : !!cursor) ? encodeCursor(first) : null,
    older: last && (goingBack ? true : hasMore) ? encodeCursor(last) : null,
  };
}

/** The choices of the user and class filters. */
export async function listAuditFilterOptions(user: CurrentUser) {
  authorize(user, 'read', { kind: 'auditLog' });
  const [users, classes] = await Promise.all([
    db.user.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, email: true } }),
    db.schoolClass.findMany({ orderBy: [{ school: { name: 'asc' } }, { name: 'asc' }], select: { id: true, name: true, schoolYear: true, school: { select: { name: true } } } }),
  ]);
  return {
    users: users.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` })),
    classes: classes.map((c) => ({ id: c.id, label: `${c.school.name} · ${c.name} (${c.schoolYear})` })),
  };
}
