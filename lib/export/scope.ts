import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { coordinatorScope } from '../overview/scope';
import type { OverviewFilter } from '../overview/schema';
import { classPseudonymisers } from '../pseudonym/class-pseudonymisers';
import type { ExportScope } from './sheets';
import type { ExportClass } from './tables/context';

/**
 * What a coordinator may export with these filters (the overview's: school, SO/VSO, school
 * year), with each class's pseudonymiser; null for anyone else.
 */
export async function exportScope(user: CurrentUser, filter: OverviewFilter): Promise<ExportScope | null> {
  const scope = await coordinatorScope(user, filter);
  if (!scope) return null;
  const classes: ExportClass[] = scope.classes;
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
  const scope = await coordinatorScope(user, {});
  return scope && { schools: scope.schools, years: scope.years, classCount: scope.readable.length };
}
