/**
 * Pupil data is for the class's pair only. Coordinators (who may read the class's work) and admins
 * (who manage classes) are refused every pupil-data action and every read, as is a teacher of
 * another class: each with input that the pair would have had accepted, and with nothing written,
 * not even an audit entry.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { handOutHomework, recordFollowUp, setHomeworkStatus, undoFollowUp } from '@/lib/homework/actions';
import { homeworkLessonView, homeworkOverview } from '@/lib/homework/queries';
import { saveGrowth, saveMindMap, savePlan, saveReview, saveTalents } from '@/lib/learning-goals/actions';
import { goalsOverview, pupilGoalView } from '@/lib/learning-goals/queries';
import { addProblemEntry, updateProblemEntry } from '@/lib/problem-box/actions';
import { problemBoxView } from '@/lib/problem-box/queries';
import { addPupil, markPupilLeft, renamePupil, saveMentor, setBuddy } from '@/lib/pupils/actions';
import { todayIso } from '@/lib/pupils/schema-parts';
import { pupilsView } from '@/lib/pupils/queries';
import { versionOf } from '@/lib/pupils/version';
import type { ActionResult } from '@/lib/result';
import { todayView } from '@/lib/today/queries';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair, createUser, currentUserOf } from '../support/factories';
import { pupilDataSnapshot } from '../support/pupil-data';

type Pair = Awaited<ReturnType<typeof createClassWithPair>>;
let pair: Pair;
let outsiders: Record<string, { id: string; sessionVersion: number }>;
let assignmentId: string;
let entryId: string;
let entryVersion: string;

beforeAll(async () => {
  await seedProgramme(db);
  pair = await createClassWithPair('SO', ['Sem', 'Noor']);
  const elsewhere = await createClassWithPair('SO', ['Jesse']);
  outsiders = {
    'coordinator (all schools)': await createUser('COORDINATOR'),
    'coordinator of this school': await createUser('COORDINATOR', { coordinatorSchoolIds: [pair.school.id] }),
    admin: await createUser('ADMIN'),
    'teacher of another class': elsewhere.teacher,
    'care worker of another class': elsewhere.careWorker,
  };
  // Records for the actions to aim at, made by the pair.
  actAs(pair.teacher);
  await handOutHomework(pair.schoolClass.id, { lessonNumber: 1 });
  assignmentId = (await db.homeworkAssignment.findFirstOrThrow({ where: { pupilId: pair.pupils[0]!.id } })).id;
  await recordFollowUp(pair.schoolClass.id, { assignmentId, stepKey: 'contact-mentor', doneOn: todayIso(), note: '' });
  const added = await addProblemEntry(pair.schoolClass.id, { problem: 'Duwen in de rij', anonymous: true, pupilId: '', solutions: '', status: 'NEW', discussedInLesson: '' });
  if (!added.ok) throw new Error('setup failed');
  entryId = added.data.id;
  entryVersion = versionOf({ problem: 'Duwen in de rij', anonymous: true, pupilId: '', solutions: '', status: 'NEW', discussedInLesson: '' });
});

const sem = () => pair.pupils[0]!.id;
const noor = () => pair.pupils[1]!.id;
const emptyMindMap = versionOf({ goal: '', whyItMatters: '', firstIdeas: '' });
const confirmations = { testable: true, ecological: true, positive: true, personal: true, context: true };

/** Every pupil-data action, with input the pair would have had accepted. */
const actions: Record<string, () => Promise<ActionResult<unknown>>> = {
  addPupil: () => addPupil(pair.schoolClass.id, { alias: 'Indringer' }),
  renamePupil: () => renamePupil(pair.schoolClass.id, { pupilId: sem(), alias: 'Anders' }),
  markPupilLeft: () => markPupilLeft(pair.schoolClass.id, { pupilId: sem() }),
  setBuddy: () => setBuddy(pair.schoolClass.id, { pupilId: sem(), buddyId: noor() }),
  saveMentor: () => saveMentor(pair.schoolClass.id, { pupilId: sem(), who: 'oma', contact: '', note: '', version: versionOf(null) }),
  handOutHomework: () => handOutHomework(pair.schoolClass.id, { lessonNumber: 2 }),
  setHomeworkStatus: () => setHomeworkStatus(pair.schoolClass.id, { assignmentId, status: 'RETURNED', returnedOn: todayIso() }),
  recordFollowUp: () => recordFollowUp(pair.schoolClass.id, { assignmentId, stepKey: 'agree-with-pupil', doneOn: todayIso(), note: '' }),
  undoFollowUp: () => undoFollowUp(pair.schoolClass.id, { assignmentId, stepKey: 'contact-mentor' }),
  saveMindMap: () => saveMindMap(pair.schoolClass.id, { pupilId: sem(), goal: 'Om hulp vragen', whyItMatters: '', firstIdeas: '', version: emptyMindMap }),
  savePlan: () =>
    savePlan(pair.schoolClass.id, { pupilId: sem(), planWhat: 'Ik vraag om hulp', planWhen: 'Elke dag', planHow: '', helpers: '', motivators: '', saboteurs: '', confirmations, intent: 'ready', version: 'x' }),
  saveReview: () => saveReview(pair.schoolClass.id, { pupilId: sem(), feedback: { pupil: 'Gaat beter', mentor: '', buddy: '', classmates: '', teacher: '', careWorker: '' }, version: 'x' }),
  saveGrowth: () => saveGrowth(pair.schoolClass.id, { pupilId: sem(), growth: 'Vraagt nu zelf om hulp', version: versionOf({ growth: '' }) }),
  saveTalents: () => saveTalents(pair.schoolClass.id, { pupilId: sem(), gold: 'Lief', silver: '', bronze: '', version: versionOf({ gold: '', silver: '', bronze: '' }) }),
  addProblemEntry: () => addProblemEntry(pair.schoolClass.id, { problem: 'Iets', anonymous: true, pupilId: '', solutions: '', status: 'NEW', discussedInLesson: '' }),
  updateProblemEntry: () =>
    updateProblemEntry(pair.schoolClass.id, { entryId, version: entryVersion, problem: 'Anders', anonymous: true, pupilId: '', solutions: '', status: 'SOLVED', discussedInLesson: '3' }),
};

const reads = {
  pupilsView: (user: Awaited<ReturnType<typeof currentUserOf>>) => pupilsView(user, pair.schoolClass.id),
  homeworkOverview: (user: Awaited<ReturnType<typeof currentUserOf>>) => homeworkOverview(user, pair.schoolClass.id),
  homeworkLessonView: (user: Awaited<ReturnType<typeof currentUserOf>>) => homeworkLessonView(user, pair.schoolClass.id, 1),
  todayView: (user: Awaited<ReturnType<typeof currentUserOf>>) => todayView(user, pair.schoolClass.id),
  goalsOverview: (user: Awaited<ReturnType<typeof currentUserOf>>) => goalsOverview(user, pair.schoolClass.id),
  pupilGoalView: (user: Awaited<ReturnType<typeof currentUserOf>>) => pupilGoalView(user, pair.schoolClass.id, sem()),
  problemBoxView: (user: Awaited<ReturnType<typeof currentUserOf>>) => problemBoxView(user, pair.schoolClass.id),
};

describe('outsiders are refused every pupil-data action and read', () => {
  it.each(['coordinator (all schools)', 'coordinator of this school', 'admin', 'teacher of another class', 'care worker of another class'])('%s', async (who) => {
    const outsider = outsiders[who]!;
    const before = await pupilDataSnapshot();
    actAs(outsider);
    for (const [name, action] of Object.entries(actions)) {
      expect(await action(), name).toEqual({ ok: false, formError: 'Dit kunt u niet doen, of het bestaat niet (meer).' });
    }
    const user = await currentUserOf(outsider.id);
    for (const [name, read] of Object.entries(reads)) {
      expect(await read(user), name).toBeNull();
    }
    expect(await pupilDataSnapshot()).toBe(before);
  });

  it('while the pair itself is allowed all of them (so the refusals above are not an accident of the input)', async () => {
    for (const member of [pair.teacher, pair.careWorker]) {
      const user = await currentUserOf(member.id);
      for (const [name, read] of Object.entries(reads)) expect(await read(user), name).not.toBeNull();
    }
    actAs(pair.teacher);
    const outcomes: Record<string, boolean> = {};
    // One after the other, the pupil leaving last: after that, Sem is no longer there to act on.
    const names = Object.keys(actions).filter((name) => name !== 'markPupilLeft').concat('markPupilLeft');
    for (const name of names) outcomes[name] = (await actions[name]!()).ok;
    // savePlan and saveReview were sent a made-up version: refused as a conflict, not as forbidden.
    expect(outcomes).toEqual({ ...Object.fromEntries(Object.keys(actions).map((name) => [name, true])), savePlan: false, saveReview: false });
  });
});
