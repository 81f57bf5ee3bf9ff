import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { can } from '../auth/policy';
import { db } from '../db';
import type { OverviewFilter } from '../overview/schema';
import { classPseudonymisers } from '../pseudonym/class-pseudonymisers';
import type { ExportScope } from './sheets';
import type { ExportClass } from './tables/context';

/** The coordinator's readable classes, by school and class name (the export's row order). */
async function readableClasses(user: CurrentUser): Promise<ExportClass[]> {
  const scope = user.coordinatorSchoolIds === null ? {} : { schoolId: { in: user.coordinatorSchoolIds } };
  const classes = await db.schoolClass.findMany({
    where: scope,
    select: { id: true, name: true, schoolYear: true, school: { select: { id: true, name: true, kind: true } } },
    orderBy: [{ school: { name: 'asc' } }, { school: { id: 'asc' } }, { name: 'asc' }, { id: 'asc' }],
  });
  return classes.filter((c) => can(user, 'read', { kind: 'class', classId: c.id, schoolId: c.school.id }));
}

/**
 * What a coordinator may export with these filters (the overview's: school, SO/VSO, school
 * year), with each class's pseudonymiser; null for anyone else.
 */
export async function exportScope(user: CurrentUser, filter: OverviewFilter): Promise<ExportScope | null> {
  if (user.role !== 'COORDINATOR') return null;
  const classes = (await readableClasses(user)).filter(
    (c) => (!filter.school || c.school.id === filter.school) && (!filter.kind || c.school.kind === filter.kind) && (!filter.year || c.schoolYear === filter.year),
  );
  const pseudonymisers = await classPseudonymisers(classes.map((c) => c.id));
  return {
    classes,
    pseudonymiserOf: (classId) => {
      const replace = pseudonymisers.get(classId);
      // Only rows of the scope's classes are read; anything else must fail, not pass unreplaced.
      if (!replace) throw new Error(`No pseudonymiser for class ${classId}`);
      return replace;
    },
  };
}

export interface ExportFilterOptions {
  schools: { id: string; name: string }[];
  years: string[];
  classCount: number;
}

/** The export page's filter choices: the coordinator's schools and school years; null for anyone else. */
export async function exportFilterOptions(user: CurrentUser): Promise<ExportFilterOptions | null> {
  if (user.role !== 'COORDINATOR') return null;
  const classes = await readableClasses(user);
  const schools = new Map(classes.map((c) => [c.school.id, c.school.name]));
  return {
    schools: [...schools].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    years: [...new Set(classes.map((c) => c.schoolYear))].sort().reverse(),
    classCount: classes.length,
  };
}
