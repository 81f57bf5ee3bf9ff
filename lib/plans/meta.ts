import 'server-only';
import { db } from '../db';

export interface PlanMeta {
  status: 'NOT_STARTED' | 'PREPARING' | 'READY' | 'HELD' | 'EVALUATED';
  signOffs: { userId: string; name: string; role: string; signedAt: string }[];
  [key: string]: unknown;
}

/** The plan's status and sign-offs, as the live stream and the page show them. */
export async function planMeta(planId: string): Promise<PlanMeta> {
  const plan = await db.lessonPlan.findUniqueOrThrow({
    where: { id: planId },
    select: { status: true, signOffs: { include: { user: { select: { name: true, role: true } } }, orderBy: { signedAt: 'asc' } } },
  });
  return {
    status: plan.status,
    signOffs: plan.signOffs.map((s) => ({ userId: s.userId, name: s.user.name, role: s.user.role, signedAt: s.signedAt.toISOString() })),
  };
}
