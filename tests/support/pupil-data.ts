/** Helpers for the pupil-data integration tests (pupils, homework, learning goals, problem box). */
import { db } from '../../lib/db';

/** Every table the pupil-data actions write, counted: a refused action must leave all of them as they were. */
export async function pupilDataCounts() {
  const [pupils, activePupils, buddies, mentors, assignments, returned, followUps, goals, talents, problems, audit] = await Promise.all([
    db.pupil.count(),
    db.pupil.count({ where: { active: true } }),
    db.pupil.count({ where: { buddyId: { not: null } } }),
    db.pupilMentor.count(),
    db.homeworkAssignment.count(),
    db.homeworkAssignment.count({ where: { status: 'RETURNED' } }),
    db.followUpRecord.count(),
    db.learningGoal.count(),
    db.pupilTalents.count(),
    db.problemBoxEntry.count(),
    db.auditLog.count(),
  ]);
  return { pupils, activePupils, buddies, mentors, assignments, returned, followUps, goals, talents, problems, audit };
}

/** A snapshot of the rows a refused action might touch in place (an update leaves counts alone). */
export async function pupilDataSnapshot() {
  return JSON.stringify({
    pupils: await db.pupil.findMany({ orderBy: { id: 'asc' }, select: { id: true, alias: true, active: true, buddyId: true } }),
    mentors: await db.pupilMentor.findMany({ orderBy: { pupilId: 'asc' }, select: { pupilId: true, who: true, contact: true, note: true } }),
    homework: await db.homeworkAssignment.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, returnedOn: true } }),
    goals: await db.learningGoal.findMany({ orderBy: { pupilId: 'asc' }, omit: { updatedAt: true } }),
    talents: await db.pupilTalents.findMany({ orderBy: { pupilId: 'asc' }, select: { pupilId: true, talents: true } }),
    problems: await db.problemBoxEntry.findMany({ orderBy: { id: 'asc' }, omit: { updatedAt: true, createdAt: true } }),
    counts: await pupilDataCounts(),
  });
}

/** A lesson plan of the class with its date and time (programme version 1 must be seeded). */
export async function scheduleLesson(classId: string, lessonNumber: number, scheduledAt: Date | null) {
  const version = await db.programmeVersion.findFirstOrThrow({ orderBy: { version: 'desc' } });
  return db.lessonPlan.upsert({
    where: { classId_lessonNumber: { classId, lessonNumber } },
    create: { classId, lessonNumber, programmeVersionId: version.id, scheduledAt },
    update: { scheduledAt },
  });
}

/** The audit entries written after the given id. */
export async function auditSince(id: bigint) {
  return db.auditLog.findMany({ where: { id: { gt: id } }, orderBy: { id: 'asc' } });
}

export async function lastAuditId(): Promise<bigint> {
  return (await db.auditLog.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0n;
}
