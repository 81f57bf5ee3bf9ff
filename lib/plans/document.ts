import 'server-only';
import type { CurrentUser } from '../auth/current-user';
import { can, type Action } from '../auth/policy';
import { audit } from '../audit/log';
import type { DocumentAccess, SharedDocumentType } from '../collab/document-type';
import { notifyLive } from '../collab/store';
import { db } from '../db';
import { getLesson } from '../programme';
import { numberInKey, planFieldSpecs, pupilIdInKey } from './fields';
import { planMeta } from './meta';

const EDITABLE_STATUSES = new Set(['PREPARING', 'READY']);

async function resolve(user: CurrentUser, planId: string, action: Action): Promise<(DocumentAccess & { lessonNumber: number }) | null> {
  if (typeof planId !== 'string' || planId.length > 40) return null;
  const plan = await db.lessonPlan.findUnique({ where: { id: planId }, include: { class: { select: { schoolId: true } } } });
  if (!plan) return null;
  const resource = { kind: 'class' as const, classId: plan.classId, schoolId: plan.class.schoolId };
  if (!can(user, action, resource)) return null;
  return {
    documentId: plan.id,
    classId: plan.classId,
    schoolId: plan.class.schoolId,
    lessonNumber: plan.lessonNumber,
    editable: can(user, 'write', resource) && EDITABLE_STATUSES.has(plan.status),
  };
}

export const planDocument: SharedDocumentType = {
  kind: 'PLAN',
  fieldSpecs: planFieldSpecs,
  resolve,

  async checkField(access, key, value) {
    const plan = await db.lessonPlan.findUniqueOrThrow({ where: { id: access.documentId }, select: { lessonNumber: true } });
    const lesson = getLesson(plan.lessonNumber);
    const number = numberInKey(key);
    if (key.startsWith('activity.')) {
      const activity = lesson?.activities.find((a) => a.number === number);
      if (!activity) return 'Deze activiteit hoort niet bij deze les.';
      if (key.endsWith('.option') && value !== null && !activity.options.some((o) => o.key === value)) return 'Kies een van de opties van deze activiteit.';
      if (key.endsWith('.included') && value === false && !activity.optional) return 'Deze activiteit hoort volgens de lessenreeks altijd bij de les.';
    }
    if (key.startsWith('material.') && !lesson?.materials.some((m) => m.number === number)) return 'Dit werkmateriaal hoort niet bij deze les.';
    const pupilId = pupilIdInKey(key);
    if (pupilId) {
      const pupil = await db.pupil.findUnique({ where: { id: pupilId }, select: { classId: true } });
      if (!pupil || pupil.classId !== access.classId) return 'Deze leerling hoort niet bij deze klas.';
    }
    return null;
  },

  async afterFieldSaved(tx, access, key, value, user) {
    if (key === 'scheduledAt') {
      await tx.lessonPlan.update({ where: { id: access.documentId }, data: { scheduledAt: typeof value === 'string' ? new Date(value) : null } });
    }
    const pupilId = pupilIdInKey(key);
    if (pupilId) {
      await audit({ userId: user.id, action: 'pupil.attention.update', entity: 'Pupil', entityId: pupilId, classId: access.classId, detail: { planId: access.documentId } }, tx);
    }
    // A change after someone's "Klaar voor de les" withdraws it: they agreed to what was there.
    const withdrawn = await tx.planSignOff.deleteMany({ where: { planId: access.documentId, userId: { not: user.id } } });
    if (withdrawn.count > 0) {
      await tx.lessonPlan.updateMany({ where: { id: access.documentId, status: 'READY' }, data: { status: 'PREPARING' } });
      await notifyLive(tx, { kind: 'PLAN', documentId: access.documentId, type: 'meta', notice: `signOffWithdrawn:${user.id}` });
    }
  },

  meta: planMeta,

  paths: (access) => [`/klassen/${access.classId}`],
};
