import { Prisma } from '../generated/prisma/client';

/**
 * Whether a write failed on a unique constraint (Prisma P2002). Checking first and then
 * writing still races with a second request; the constraint is the real guard, so actions
 * catch this and turn it into a field error.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
