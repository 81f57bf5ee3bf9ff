/**
 * A plan is ready ("Klaar voor de les") when the pair has signed off: at least one teacher and
 * one care worker of the class team.
 */
export function isPairSignedOff(signedRoles: string[]): boolean {
  return signedRoles.includes('TEACHER') && signedRoles.includes('CARE_WORKER');
}
