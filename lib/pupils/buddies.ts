import 'server-only';
import type { Prisma } from '../generated/prisma/client';

/**
 * Buddies ("maatjes") are kept mutual: A's buddy is B exactly when B's buddy is A. These helpers run
 * inside the action's transaction, after lockClassPupils(), so two pairings in one class at the same
 * time cannot interleave into a one-sided pair.
 */

/** Locks the class's pupil rows (in id order, so two locks never deadlock) until the transaction ends: buddy changes in a class go one at a time. */
export async function lockClassPupils(tx: Prisma.TransactionClient, classId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Pupil" WHERE "classId" = ${classId} ORDER BY id FOR UPDATE`;
}

/** Ends the pairings of these pupils in both directions; returns the ids of the pupils released. */
export async function releaseBuddies(tx: Prisma.TransactionClient, pupilIds: string[]): Promise<string[]> {
  const involved = await tx.pupil.findMany({
    where: { OR: [{ id: { in: pupilIds } }, { buddyId: { in: pupilIds } }] },
    select: { id: true, buddyId: true },
  });
  const paired = involved.filter((pupil) => pupil.buddyId !== null).map((pupil) => pupil.id);
  if (paired.length) await tx.pupil.updateMany({ where: { id: { in: paired } }, data: { buddyId: null } });
  return paired;
}

/** Makes A and B each other's buddy, releasing any earlier buddies of both first. */
export async function pairBuddies(tx: Prisma.TransactionClient, a: string, b: string): Promise<string[]> {
  // Released before set: buddyId is unique, so B cannot be A's buddy while still someone else's.
  const released = await releaseBuddies(tx, [a, b]);
  await tx.pupil.update({ where: { id: a }, data: { buddyId: b } });
  await tx.pupil.update({ where: { id: b }, data: { buddyId: a } });
  return released.filter((id) => id !== a && id !== b);
}
