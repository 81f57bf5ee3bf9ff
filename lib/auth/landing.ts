import type { Role } from '../generated/prisma/enums';

/** Each role's start page after signing in. */
export function landingPath(role: Role): string {
  switch (role) {
    case 'ADMIN':
      return '/beheer';
    case 'COORDINATOR':
      return '/overzicht';
    case 'TEACHER':
    case 'CARE_WORKER':
      return '/klassen';
  }
}
