/**
 * Every pupil-data action called by the pair with arbitrary input (anyone can POST anything to a
 * server action): it never throws, it answers ok or with messages for the form, and when it refuses,
 * the database is exactly as it was (no half-written change, no audit entry).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { handOutHomework, recordFollowUp, setHomeworkStatus, undoFollowUp } from '@/lib/homework/actions';
import { saveGrowth, saveMindMap, savePlan, saveReview, saveTalents } from '@/lib/learning-goals/actions';
import { addProblemEntry, updateProblemEntry } from '@/lib/problem-box/actions';
import { addPupil, markPupilLeft, renamePupil, saveMentor, setBuddy } from '@/lib/pupils/actions';
import { versionOf } from '@/lib/pupils/version';
import type { ActionResult } from '@/lib/result';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair } from '../support/factories';
import { pupilDataSnapshot, scheduleLesson } from '../support/pupil-data';

type Action = (classId: unknown, input: unknown) => Promise<ActionResult<unknown>>;

/** Each action with the fields its form sends. */
const actions: Record<string, { action: Action; fields: string[] }> = {
  addPupil: { action: addPupil, fields: ['alias'] },
  renamePupil: { action: renamePupil, fields: ['pupilId', 'alias'] },
  markPupilLeft: { action: markPupilLeft, fields: ['pupilId'] },
  setBuddy: { action: setBuddy, fields: ['pupilId', 'buddyId'] },
  saveMentor: { action: saveMentor, fields: ['pupilId', 'who', 'contact', 'note', 'version'] },
  handOutHomework: { action: handOutHomework, fields: ['lessonNumber'] },
  setHomeworkStatus: { action: setHomeworkStatus, fields: ['assignmentId', 'status', 'returnedOn'] },
  recordFollowUp: { action: recordFollowUp, fields: ['assignmentId', 'stepKey', 'doneOn', 'note'] },
  undoFollowUp: { action: undoFollowUp, fields: ['assignmentId', 'stepKey'] },
  saveMindMap: { action: saveMindMap, fields: ['pupilId', 'goal', 'whyItMatters', 'firstIdeas', 'version'] },
  savePlan: { action: savePlan, fields: ['pupilId', 'planWhat', 'planWhen', 'planHow', 'helpers', 'motivators', 'saboteurs', 'confirmations', 'intent', 'version'] },
  saveReview: { action: saveReview, fields: ['pupilId', 'feedback', 'version'] },
  saveGrowth: { action: saveGrowth, fields: ['pupilId', 'growth', 'version'] },
  saveTalents: { action: saveTalents, fields: ['pupilId', 'gold', 'silver', 'bronze', 'version'] },
  addProblemEntry: { action: addProblemEntry, fields: ['problem', 'anonymous', 'pupilId', 'solutions', 'status', 'discussedInLesson'] },
  updateProblemEntry: { action: updateProblemEntry, fields: ['entryId', 'version', 'problem', 'anonymous', 'pupilId', 'solutions', 'status', 'discussedInLesson'] },
};

let classId: string;
/** Per field, values the form could send (real ids of this class and of another one included). */
let examples: Record<string, unknown[]> = {};

beforeAll(async () => {
  await seedProgramme(db);
  const pair = await createClassWithPair('SO', ['Sem', 'Noor', 'Daan']);
  const other = await createClassWithPair('SO', ['Jesse']);
  classId = pair.schoolClass.id;
  await scheduleLesson(classId, 1, new Date('2025-03-03T08:00:00Z'));
  await scheduleLesson(classId, 2, new Date('2025-03-10T08:00:00Z'));
  actAs(other.teacher);
  await handOutHomework(other.schoolClass.id, { lessonNumber: 1 });
  actAs(pair.teacher);
  await handOutHomework(classId, { lessonNumber: 1 });
  const added = await addProblemEntry(classId, { problem: 'Duwen', anonymous: true, pupilId: '', solutions: '', status: 'NEW', discussedInLesson: '' });
  const assignments = await db.homeworkAssignment.findMany({ select: { id: true } });
  const pupilIds = [...pair.pupils.map((p) => p.id), other.pupils[0]!.id, 'nosuchpupil'];
  const texts = ['Sem', '', '   ', 'Ik steek mijn vinger op', 'Ik ga niet meer roepen', 'oma', 'x'.repeat(2001), 'tekst\u0000met nul'];
  examples = {
    alias: ['Fenna', '', 'x'.repeat(41), 'Fe\u0000nna'],
    pupilId: pupilIds,
    buddyId: [...pupilIds, ''],
    who: texts,
    contact: texts,
    note: texts,
    goal: texts,
    whyItMatters: texts,
    firstIdeas: texts,
    planWhat: texts,
    planWhen: texts,
    planHow: texts,
    helpers: texts,
    motivators: texts,
    saboteurs: texts,
    growth: texts,
    gold: texts,
    silver: texts,
    bronze: texts,
    problem: texts,
    solutions: texts,
    version: [versionOf(null), versionOf({ goal: '', whyItMatters: '', firstIdeas: '' }), versionOf({ growth: '' }), versionOf({ gold: '', silver: '', bronze: '' }), 'stale'],
    lessonNumber: [1, 2, 3, 5, '2'],
    assignmentId: [...assignments.map((a) => a.id), 'nosuchassignment'],
    status: ['HANDED_OUT', 'RETURNED', 'NOT_RETURNED', 'NEW', 'DISCUSSED', 'SOLVED', 'LOST'],
    returnedOn: ['', '2025-03-12', '2999-01-01', '2025-02-30'],
    doneOn: ['2025-03-12', '2999-01-01', '2025-02-30'],
    stepKey: ['contact-mentor', 'agree-with-pupil', 'call-mentor-new-date', 'NOPE'],
    confirmations: [{ testable: true, ecological: true, positive: true, personal: true, context: true }, { testable: true }],
    intent: ['ready', 'draft', 'later'],
    feedback: [{ pupil: 'Beter', mentor: '', buddy: '', classmates: '', teacher: '', careWorker: '' }, {}],
    anonymous: [true, false],
    discussedInLesson: ['', '3', '8', '2'],
    entryId: [added.ok ? added.data.id : 'x', 'nosuchentry'],
  };
});

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
const classIdInput = () => fc.oneof({ weight: 8, arbitrary: fc.constant('own') }, { weight: 1, arbitrary: fc.anything() });

describe('pupil-data actions take any input', () => {
  for (const [name, { action, fields }] of Object.entries(actions)) {
    it(`${name}: ok, or refused with a message and nothing written`, async () => {
      await fc.assert(
        fc.asyncProperty(classIdInput(), inputFor(fields), async (rawClassId, input) => {
          const before = await pupilDataSnapshot();
          const result = await action(rawClassId === 'own' ? classId : rawClassId, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.formError ?? result.fieldErrors).toBeDefined();
            expect(await pupilDataSnapshot()).toBe(before);
          }
        }),
        { numRuns: 30 },
      );
    });
  }
});
