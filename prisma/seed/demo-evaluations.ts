import type { PrismaClient } from '../../lib/generated/prisma/client';
import { demoSchools } from '../../lib/demo/demo-data';
import { demoLessonStart } from '../../lib/demo/schedule';
import { frozenAnswers } from '../../lib/evaluation/completeness';
import { evaluationQuestions } from '../../lib/evaluation/fields';
import { calendarDateInAmsterdam } from '../../lib/programme/homework-due';
import { demoConversations, demoEvaluations } from './demo-evaluation-texts';

/*
 * The demo pairs' evaluated lessons: De Vlinderboom (Groep Zon) lessons 1–3 and Het Baken (Klas 2B)
 * lessons 1–2, each submitted by both of the pair, with logbooks from both professionals, one
 * amendment (De Vlinderboom lesson 2) and a few conversations with Groep Zon's pupils.
 *
 * Runs after the demo plans (and the demo runs, which mark De Vlinderboom's lessons held): a lesson
 * still READY is marked held here on its scheduled day. Idempotent, and it never touches what users
 * did: an evaluation someone already opened is left alone, logbooks and conversations are only
 * added while missing.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export async function seedDemoEvaluations(db: PrismaClient, now = new Date()): Promise<void> {
  for (const [schoolName, lessons] of Object.entries(demoEvaluations)) {
    const demo = demoSchools.find((s) => s.name === schoolName);
    if (!demo) continue;
    const schoolClass = await db.schoolClass.findFirst({ where: { name: demo.className, school: { name: schoolName } }, include: { pupils: true } });
    if (!schoolClass) continue;
    const [teacher, careWorker] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { email: demo.teacher.email } }),
      db.user.findUniqueOrThrow({ where: { email: demo.careWorker.email } }),
    ]);
    const people = { teacher, careWorker };

    for (const [numberText, texts] of Object.entries(lessons)) {
      const lessonNumber = Number(numberText);
      let plan = await db.lessonPlan.findUnique({ where: { classId_lessonNumber: { classId: schoolClass.id, lessonNumber } } });
      if (!plan) continue;
      const scheduled = plan.scheduledAt ?? demoLessonStart(schoolName, lessonNumber, now);
      if (!scheduled || scheduled.getTime() > now.getTime() + DAY_MS) continue; // not given yet
      const heldOn = plan.heldOn ?? calendarDateInAmsterdam(scheduled);
      if (plan.status === 'READY') {
        plan = await db.lessonPlan.update({ where: { id: plan.id }, data: { status: 'HELD', heldOn } });
      }
      if (plan.status !== 'HELD' && plan.status !== 'EVALUATED') continue;

      // Submitted the afternoon after the lesson, or now when that is still to come.
      const submittedAt = new Date(Math.min(heldOn.getTime() + DAY_MS + 15 * 60 * 60 * 1000, now.getTime()));
      const existing = await db.evaluation.findUnique({ where: { planId: plan.id } });
      if (!existing && plan.status === 'HELD') {
        await db.$transaction(async (tx) => {
          const evaluation = await tx.evaluation.create({ data: { planId: plan.id, createdAt: heldOn, submittedAt, submittedById: careWorker.id } });
          const keys = Object.keys(texts.answers);
          await tx.sharedField.createMany({
            data: keys.map((key, index) => ({
              documentKind: 'EVALUATION' as const,
              documentId: evaluation.id,
              key,
              value: { v: texts.answers[key] ?? '' },
              version: 1,
              updatedById: index % 2 === 0 ? teacher.id : careWorker.id,
              updatedAt: new Date(submittedAt.getTime() - 60 * 60 * 1000),
            })),
          });
          await tx.evaluationAnswer.createMany({ data: frozenAnswers(evaluationQuestions, texts.answers).map((a) => ({ evaluationId: evaluation.id, ...a })) });
          await tx.evaluationConfirmation.createMany({
            data: [
              { evaluationId: evaluation.id, userId: teacher.id, confirmedAt: new Date(submittedAt.getTime() - 10 * 60 * 1000) },
              { evaluationId: evaluation.id, userId: careWorker.id, confirmedAt: submittedAt },
            ],
          });
          if (texts.amendment) {
            await tx.evaluationAmendment.create({
              data: {
                evaluationId: evaluation.id,
                questionKey: texts.amendment.questionKey,
                text: texts.amendment.text,
                authorId: careWorker.id,
                createdAt: new Date(Math.min(submittedAt.getTime() + 2 * DAY_MS, now.getTime())),
              },
            });
          }
          await tx.lessonPlan.update({ where: { id: plan.id }, data: { status: 'EVALUATED' } });
        });
      }

      for (const role of ['teacher', 'careWorker'] as const) {
        const author = people[role];
        const has = await db.logbookEntry.findUnique({ where: { planId_authorId: { planId: plan.id, authorId: author.id } } });
        if (!has) await db.logbookEntry.create({ data: { planId: plan.id, authorId: author.id, text: texts.logbooks[role] } });
      }

      for (const conversation of demoConversations.filter((c) => c.lessonNumber === lessonNumber && schoolName === 'De Vlinderboom')) {
        const pupil = schoolClass.pupils.find((p) => p.alias === conversation.alias);
        if (!pupil) continue;
        const has = await db.pupilConversation.findFirst({ where: { planId: plan.id, pupilId: pupil.id, said: conversation.said } });
        if (has) continue;
        await db.pupilConversation.create({
          data: { planId: plan.id, pupilId: pupil.id, heldOn, talkedById: people[conversation.by].id, said: conversation.said, agreements: conversation.agreements },
        });
      }
    }
  }
}
