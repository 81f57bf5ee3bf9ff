import type { Role } from '../generated/prisma/enums';

export type NavKey = 'classes' | 'programme' | 'overview' | 'answers' | 'charts' | 'fidelity' | 'export' | 'admin' | 'materials' | 'auditLog';

/** The main menu per role (labels in messages/nl/nav.json). Showing a link grants nothing: pages check policy. */
export function navigationFor(role: Role): { key: NavKey; href: string }[] {
  const programme = { key: 'programme' as const, href: '/lessenreeks' };
  switch (role) {
    case 'TEACHER':
    case 'CARE_WORKER':
      return [{ key: 'classes', href: '/klassen' }, programme];
    case 'COORDINATOR':
      return [
        { key: 'overview', href: '/overzicht' },
        { key: 'answers', href: '/overzicht/antwoorden' },
        { key: 'charts', href: '/overzicht/grafieken' },
        { key: 'fidelity', href: '/overzicht/trouw' },
        { key: 'export', href: '/overzicht/export' },
        programme,
      ];
    case 'ADMIN':
      return [
        { key: 'admin', href: '/beheer' },
        programme,
        { key: 'materials', href: '/beheer/materialen' },
        { key: 'auditLog', href: '/beheer/auditlog' },
      ];
  }
}
