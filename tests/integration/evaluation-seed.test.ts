import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { missingQuestions } from '@/lib/evaluation/completeness';
import { evaluationQuestions } from '@/lib/evaluation/fields';
import { seedDemo } from '../../prisma/seed/demo';
import { seedDemoEvaluations } from '../../prisma/seed/demo-evaluations';
import { seedProgramme } from '../../prisma/seed/programme';

async function counts() {
  return {
    evaluations: await db.evaluation.count(),
    submitted: await db.evaluation.count({ where: { submittedAt: { not: null } } }),
    answers: await db.evaluationAnswer.count(),
    confirmations: await db.evaluationConfirmation.count(),
    amendments: await db.evaluationAmendment.count(),
    logbooks: await db.logbookEntry.count(),
    conversations: await db.pupilConversation.count(),
    evaluatedPlans: await db.lessonPlan.count({ where: { status: 'EVALUATED' } }),
  };
}

describe('demo evaluations', () => {
  it('evaluates De Vlinderboom lessons 1–3 and Het Baken lessons 1–2, once, however often it runs', async () => {
    await seedProgramme(db);
    await seedDemo(db);
    await seedDemoEvaluations(db);
    const first = await counts();
    expect(first).toMatchObject({ evaluations: 5, submitted: 5, confirmations: 10, amendments: 1, logbooks: 10, conversations: 4, evaluatedPlans: 5 });
    await seedDemoEvaluations(db);
    expect(await counts()).toEqual(first);

    const plans = await db.lessonPlan.findMany({
      where: { status: 'EVALUATED' },
      include: { class: { include: { school: true } }, evaluation: { include: { answers: true } } },
      orderBy: [{ classId: 'asc' }, { lessonNumber: 'asc' }],
    });
    expect(plans.map((p) => `${p.class.school.name} ${p.lessonNumber}`).sort()).toEqual(['De Vlinderboom 1', 'De Vlinderboom 2', 'De Vlinderboom 3', 'Het Baken 1', 'Het Baken 2']);
    for (const plan of plans) {
      // Held on its scheduled day, and every one of the five questions answered.
      expect(plan.heldOn?.toISOString().slice(0, 10)).toBe(plan.scheduledAt && new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(plan.scheduledAt));
      const values = Object.fromEntries(plan.evaluation!.answers.map((a) => [a.partKey ? `${a.questionKey}.${a.partKey}` : a.questionKey, a.text]));
      expect(missingQuestions(evaluationQuestions, values)).toEqual([]);
      expect(plan.evaluation!.submittedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });
});
