import 'server-only';
import { notFound } from 'next/navigation';
import type { CurrentUser } from './current-user';

/**
 * Who may do what: the only place that decides. Every query and action asks here, against
 * the resource's class and school. Reads and writes are separate actions.
 *
 * - Teachers and care workers: read and write their own classes and those classes' pupils.
 * - Coordinators: read the classes of the schools in their scope; never write a pair's work;
 *   never see pupil aliases (pupils appear as their codes).
 * - Admins: manage schools, classes, accounts, memberships, programme materials and read the
 *   audit log; see pupil codes for class assignment, never a pair's work, aliases or pupil data.
 * - Everyone signed in reads the programme.
 */
export type Action = 'read' | 'write';

export type Resource =
  | { kind: 'programme' }
  | { kind: 'material' }
  | { kind: 'administration' }
  | { kind: 'auditLog' }
  | { kind: 'school'; schoolId: string }
  /** A class's own work: plans, runs, evaluations, logbooks. */
  | { kind: 'class'; classId: string; schoolId: string }
  /** Pupil aliases and everything written about a named pupil. */
  | { kind: 'pupilData'; classId: string; schoolId: string }
  /** Pseudonymised pupil records (code, class, active). */
  | { kind: 'pupilCodes'; classId: string; schoolId: string };

function coordinatorCovers(user: CurrentUser, schoolId: string): boolean {
  return user.coordinatorSchoolIds === null || user.coordinatorSchoolIds.includes(schoolId);
}

export function can(user: CurrentUser, action: Action, resource: Resource): boolean {
  switch (resource.kind) {
    case 'programme':
      return action === 'read';
    case 'material':
      return action === 'read' || user.role === 'ADMIN';
    case 'administration':
    case 'auditLog':
      return user.role === 'ADMIN';
    case 'school':
      if (user.role === 'ADMIN') return true;
      return user.role === 'COORDINATOR' && action === 'read' && coordinatorCovers(user, resource.schoolId);
    case 'class':
      if (user.role === 'TEACHER' || user.role === 'CARE_WORKER') return user.classIds.includes(resource.classId);
      if (user.role === 'COORDINATOR') return action === 'read' && coordinatorCovers(user, resource.schoolId);
      return false; // admin manages classes through 'administration', never reads a pair's work
    case 'pupilData':
      return (user.role === 'TEACHER' || user.role === 'CARE_WORKER') && user.classIds.includes(resource.classId);
    case 'pupilCodes':
      if (user.role === 'TEACHER' || user.role === 'CARE_WORKER') return user.classIds.includes(resource.classId);
      if (user.role === 'COORDINATOR') return action === 'read' && coordinatorCovers(user, resource.schoolId);
      return true; // admin assigns pupils to classes by code
  }
}

/**
 * For pages and route handlers: continue only when allowed. A refusal looks exactly like a
 * missing record (404), so ids of other schools cannot be probed.
 */
export function authorize(user: CurrentUser, action: Action, resource: Resource): void {
  if (!can(user, action, resource)) notFound();
}

/** Whether the user sees pupils by alias (the pair) or only by code (everyone else). */
export function seesPupilAliases(user: CurrentUser, classId: string): boolean {
  return (user.role === 'TEACHER' || user.role === 'CARE_WORKER') && user.classIds.includes(classId);
}
