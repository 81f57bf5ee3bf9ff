/**
 * Every evaluation, logbook, conversation and lesson 8 action called by the pair with arbitrary
 * input (anyone can POST anything to a server action): it never throws, it answers ok or with
 * messages for the form, and when it refuses, the database is exactly as it was.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { saveSharedField } from '@/lib/collab/actions';
import { saveCelebration } from '@/lib/celebration/actions';
import { saveConversation } from '@/lib/conversations/actions';
import { addAmendment, confirmEvaluation, withdrawConfirmation } from '@/lib/evaluation/actions';
import { evaluationKeys } from '@/lib/evaluation/fields';
import { saveLogbook } from '@/lib/logbook/actions';
import type { ActionResult } from '@/lib/result';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createHeldLesson, fillEvaluation, openEvaluation } from '../support/evaluation';

type Action = (input: unknown) => Promise<ActionResult<unknown>>;

/** Each action with the fields its form sends. */
const actions: Record<string, { action: Action; fields: string[] }> = {
  saveSharedField: { action: saveSharedField as Action, fields: ['kind', 'documentId', 'key', 'value', 'baseVersion'] },
  confirmEvaluation: { action: confirmEvaluation, fields: ['evaluationId'] },
  withdrawConfirmation: { action: withdrawConfirmation, fields: ['evaluationId'] },
  addAmendment: { action: addAmendment, fields: ['evaluationId', 'questionKey', 'text'] },
  saveLogbook: { action: saveLogbook, fields: ['planId', 'text', 'version'] },
  saveConversation: { action: saveConversation, fields: ['planId', 'conversationId', 'version', 'pupilId', 'heldOn', 'talkedById', 'said', 'agreements'] },
  saveCelebration: { action: saveCelebration, fields: ['pupilId', 'selfRatingNow', 'selfRatingStart', 'proudest', 'keepGoing', 'version'] },
};

let planIds: string[] = [];
let examples: Record<string, unknown[]> = {};

beforeAll(async () => {
  await seedProgramme(db);
  const lesson = await createHeldLesson(1);
  const other = await createHeldLesson(1);
  const version = await db.programmeVersion.findFirstOrThrow({ orderBy: { version: 'desc' } });
  const notHeld = await db.lessonPlan.create({ data: { classId: lesson.schoolClass.id, lessonNumber: 4, programmeVersionId: version.id, status: 'READY' } });
  const submittedPlan = await db.lessonPlan.create({ data: { classId: lesson.schoolClass.id, lessonNumber: 2, programmeVersionId: version.id, status: 'HELD', heldOn: new Date('2026-11-27') } });

  const draft = await openEvaluation(lesson.teacher.id, lesson.schoolClass.id, 1);
  const submitted = await openEvaluation(lesson.teacher.id, lesson.schoolClass.id, 2);
  const strangers = await openEvaluation(other.teacher.id, other.schoolClass.id, 1);
  actAs(lesson.teacher);
  await fillEvaluation(submitted);
  await confirmEvaluation({ evaluationId: submitted });
  actAs(lesson.careWorker);
  await confirmEvaluation({ evaluationId: submitted });
  const added = await saveConversation({ planId: lesson.plan.id, pupilId: lesson.pupils[0]!.id, heldOn: '2026-11-20', talkedById: lesson.careWorker.id, said: 'Eerste gesprek', agreements: '' });
  actAs(lesson.teacher);

  planIds = [lesson.plan.id, submittedPlan.id, other.plan.id, notHeld.id];
  const texts = ['', '   ', 'Een zinnige tekst', 'Met een NUL\u0000-teken', 'x'.repeat(2001), 'x'.repeat(4001), 'x'.repeat(8001), 42, null];
  const pupilIds = [...lesson.pupils.map((p) => p.id), other.pupils[0]!.id, 'nosuchpupil', ''];
  examples = {
    kind: ['EVALUATION', 'PLAN', 'RUN', 'OTHER'],
    documentId: [draft, submitted, strangers, 'nosuchdocument', ''],
    key: [...evaluationKeys, 'stressActions.d', 'status', 'activity.1.notes', ''],
    value: texts,
    baseVersion: [0, 1, 2, -1, 1.5, '0'],
    evaluationId: [draft, submitted, strangers, 'nosuchevaluation', ''],
    questionKey: ['general', 'pupilExample', 'stressActions', 'stressActions.a', '', 'nonsense'],
    text: texts,
    planId: [...planIds, 'nosuchplan'],
    version: [0, 1, 2, -1, 1.5, '', 'stale', '2026-11-20T00:00:00.000Z', added.ok ? added.data.version : 'x'],
    conversationId: [undefined, added.ok ? added.data.id : 'x', 'nosuchconversation'],
    pupilId: pupilIds,
    heldOn: ['2026-11-20', '2026-02-30', '20-11-2026', 'gisteren', ''],
    talkedById: [lesson.teacher.id, lesson.careWorker.id, other.teacher.id, ''],
    said: texts,
    agreements: texts,
    selfRatingNow: [1, 10, 0, 11, 5.5, null, '7'],
    selfRatingStart: [1, 10, 0, 11, 5.5, null, '7'],
    proudest: texts,
    keepGoing: texts,
  };
});

/** Every table these actions write, as it stands. */
async function snapshot(): Promise<string> {
  return JSON.stringify({
    fields: await db.sharedField.findMany({ where: { documentKind: 'EVALUATION' }, orderBy: [{ documentId: 'asc' }, { key: 'asc' }] }),
    evaluations: await db.evaluation.findMany({ orderBy: { id: 'asc' }, include: { confirmations: true, answers: true, amendments: true } }),
    plans: await db.lessonPlan.findMany({ where: { id: { in: planIds } }, orderBy: { id: 'asc' }, select: { id: true, status: true } }),
    logbooks: await db.logbookEntry.findMany({ orderBy: [{ planId: 'asc' }, { authorId: 'asc' }] }),
    conversations: await db.pupilConversation.findMany({ orderBy: { id: 'asc' } }),
    celebrations: await db.celebration.findMany({ orderBy: { pupilId: 'asc' } }),
    audit: await db.auditLog.count(),
  });
}

// Mostly what a form could send, with odd text (any code point, NUL included) and plain nonsense mixed in.
const value = (field: string) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...(examples[field] ?? [''])) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.anything() },
  );
const inputFor = (fields: string[]) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.anything() },
    { weight: 6, arbitrary: fc.record(Object.fromEntries(fields.map((field) => [field, value(field)])), { requiredKeys: [] }) },
  );

describe('evaluation actions take any input', () => {
  for (const [name, { action, fields }] of Object.entries(actions)) {
    it(`${name}: ok, or refused with a message and nothing written`, async () => {
      await fc.assert(
        fc.asyncProperty(inputFor(fields), async (input) => {
          const before = await snapshot();
          const result = await action(input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.formError ?? result.fieldErrors).toBeDefined();
            expect(await snapshot()).toBe(before);
          }
        }),
        { numRuns: 40 },
      );
    });
  }
});
