import 'server-only';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/current-user';
import { can } from '../auth/policy';
import { db } from '../db';
import type { HeldPlan } from '../evaluation/held-plan';
import { conversationVersion } from './version';

export interface ConversationView {
  id: string;
  version: string;
  pupilId: string;
  pupilAlias: string;
  heldOn: string;
  talkedById: string;
  talkedByName: string;
  said: string;
  agreements: string;
}

/**
 * The conversations with pupils around a held lesson: pupil data, so only for the pair (null for
 * everyone else) and every read is audited.
 */
export async function conversationsOf(user: CurrentUser, plan: HeldPlan): Promise<ConversationView[] | null> {
  if (!can(user, 'read', { kind: 'pupilData', classId: plan.classId, schoolId: plan.schoolId })) return null;
  const rows = await db.pupilConversation.findMany({
    where: { planId: plan.id },
    include: { pupil: { select: { alias: true } }, talkedBy: { select: { name: true } } },
    orderBy: [{ heldOn: 'asc' }, { createdAt: 'asc' }],
  });
  if (rows.length > 0) {
    await audit({ userId: user.id, action: 'pupil.read', entity: 'LessonPlan', entityId: plan.id, classId: plan.classId, detail: { view: 'conversations', count: rows.length } });
  }
  return rows.map((row) => ({
    id: row.id,
    version: conversationVersion(row),
    pupilId: row.pupilId,
    pupilAlias: row.pupil.alias,
    heldOn: row.heldOn.toISOString().slice(0, 10),
    talkedById: row.talkedById,
    talkedByName: row.talkedBy.name,
    said: row.said,
    agreements: row.agreements ?? '',
  }));
}
