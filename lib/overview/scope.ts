import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { can } from '../auth/policy';
import { db } from '../db';
import type { OverviewFilter } from './schema';

export interface ScopedClass {
  id: string;
  name: string;
  schoolYear: string;
  school: { id: string; name: string; kind: 'SO' | 'VSO'; city: string };
}

export interface CoordinatorScope {
  /** The classes in the coordinator's scope that match the filter, by school then class name. */
  classes: ScopedClass[];
  /** Every class in scope, whatever the filter (a class picked by id must be one of these). */
  readable: ScopedClass[];
  /** What the filter form offers: the schools and school years in scope. */
  schools: { id: string; name: string }[];
  years: string[];
}

/**
 * The classes a coordinator reviews, narrowed by the overview's filters (school, SO/VSO, school
 * year). One query. Null for anyone but a coordinator: the coordinator's pages turn it into a 404.
 * The overview, the charts and the fidelity report all start here, so they count the same classes.
 */
export async function coordinatorScope(user: CurrentUser, filter: OverviewFilter): Promise<CoordinatorScope | null> {
  if (user.role !== 'COORDINATOR') return null;
  const where = user.coordinatorSchoolIds === null ? {} : { schoolId: { in: user.coordinatorSchoolIds } };
  const rows = await db.schoolClass.findMany({
    where,
    select: { id: true, name: true, schoolYear: true, school: { select: { id: true, name: true, kind: true, city: true } } },
    // Ids break ties between equal names, so every page and the export list classes in one fixed order.
    orderBy: [{ school: { name: 'asc' } }, { school: { id: 'asc' } }, { name: 'asc' }, { id: 'asc' }],
  });
  const readable = rows.filter((c) => can(user, 'read', { kind: 'class', classId: c.id, schoolId: c.school.id }));
  const classes = readable.filter(
    (c) => (!filter.school || c.school.id === filter.school) && (!filter.kind || c.school.kind === filter.kind) && (!filter.year || c.schoolYear === filter.year),
  );
  const schools = new Map(readable.map((c) => [c.school.id, c.school.name]));
  return {
    classes,
    readable,
    schools: [...schools].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    years: [...new Set(readable.map((c) => c.schoolYear))].sort().reverse(),
  };
}
