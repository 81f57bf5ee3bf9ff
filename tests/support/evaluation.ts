/** Helpers for the evaluation integration tests: a held lesson with its evaluation opened. */
import { db } from '../../lib/db';
import { saveSharedField } from '../../lib/collab/actions';
import { getEvaluationPage } from '../../lib/evaluation/queries';
import { actAs } from './fake-session';
import { createClassWithPair, currentUserOf } from './factories';

/** A class with its pair and a lesson plan that has been given (HELD), made directly. */
export async function createHeldLesson(lessonNumber = 1, pupilAliases?: string[]) {
  const pair = await createClassWithPair('SO', pupilAliases);
  const version = await db.programmeVersion.findFirstOrThrow({ orderBy: { version: 'desc' } });
  const plan = await db.lessonPlan.create({
    data: { classId: pair.schoolClass.id, lessonNumber, programmeVersionId: version.id, status: 'HELD', heldOn: new Date('2026-11-20T00:00:00Z'), scheduledAt: new Date('2026-11-20T08:00:00Z') },
  });
  return { ...pair, plan };
}

/** Opens the evaluation page as the teacher (which creates the evaluation) and returns its id. */
export async function openEvaluation(teacherId: string, classId: string, lessonNumber: number): Promise<string> {
  const result = await getEvaluationPage(await currentUserOf(teacherId), classId, lessonNumber);
  if (result?.state !== 'ok' || !result.page.evaluation) throw new Error('evaluation did not open');
  return result.page.evaluation.id;
}

export const fullAnswers: Record<string, string> = {
  'stressActions.a': 'Iedere leerling persoonlijk begroet bij de deur.',
  'stressActions.b': 'Keuze gegeven om te blijven zitten bij Sta op als.',
  'trustBehaviours.b1': 'Leerlingen keken elkaar aan bij vragen over thuis.',
  pupilExample: 'Noor vertelde over oma.',
  interventionBuild: 'Samen voorbereid; hulpverlener leidde de opening.',
  collaboration: 'Vooraf afgesproken signalen.',
};

/** Saves every given answer as the current user (each field for the first time). */
export async function fillEvaluation(evaluationId: string, answers: Record<string, string> = fullAnswers): Promise<void> {
  for (const [key, value] of Object.entries(answers)) {
    const result = await saveSharedField({ kind: 'EVALUATION', documentId: evaluationId, key, value, baseVersion: 0 });
    if (!result.ok) throw new Error(`could not save ${key}: ${result.formError}`);
  }
}

/** A held lesson with a fully filled-in evaluation, still a draft. */
export async function filledEvaluation(lessonNumber = 1) {
  const lesson = await createHeldLesson(lessonNumber);
  const evaluationId = await openEvaluation(lesson.teacher.id, lesson.schoolClass.id, lessonNumber);
  actAs(lesson.teacher);
  await fillEvaluation(evaluationId);
  return { ...lesson, evaluationId };
}
