import { z } from 'zod';
import { idSchema } from '../schema-parts';

/** One person on one class's team; used to add and to remove. */
export const membershipSchema = z.object({ classId: idSchema, userId: idSchema });

export type MembershipInput = z.input<typeof membershipSchema>;
