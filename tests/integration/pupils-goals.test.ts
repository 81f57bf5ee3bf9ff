/**
 * The learning goal from mind map to a TEPPC-checked plan, the lesson 6 review, lesson 7 growth and
 * lesson 2 talents, through the real actions and queries; and the problem box.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { saveGrowth, saveMindMap, savePlan, saveReview, saveTalents } from '@/lib/learning-goals/actions';
import { goalsOverview, pupilGoalView } from '@/lib/learning-goals/queries';
import { addProblemEntry, updateProblemEntry } from '@/lib/problem-box/actions';
import { problemBoxView } from '@/lib/problem-box/queries';
import { markPupilLeft } from '@/lib/pupils/actions';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair, currentUserOf } from '../support/factories';
import { auditSince, lastAuditId, pupilDataSnapshot } from '../support/pupil-data';

type Pair = Awaited<ReturnType<typeof createClassWithPair>>;
let pair: Pair;
let other: Pair;

beforeAll(async () => {
  await seedProgramme(db);
  other = await createClassWithPair('SO', ['Jesse']);
});

beforeEach(async () => {
  pair = await createClassWithPair('SO', ['Sem', 'Noor']);
  actAs(pair.teacher);
});

const sem = () => pair.pupils[0]!.id;
const view = async () => (await pupilGoalView(await currentUserOf(pair.teacher.id), pair.schoolClass.id, sem()))!;
const allConfirmed = { testable: true, ecological: true, positive: true, personal: true, context: true };
const plan = (planWhat: string, extra: Partial<{ confirmations: typeof allConfirmed; intent: 'draft' | 'ready' }> = {}) => ({
  planWhat,
  planWhen: 'Elke ochtend bij rekenen',
  planHow: 'Kaartje op tafel',
  helpers: 'Maatje Noor',
  motivators: 'Trots zijn',
  saboteurs: '„Het lukt toch niet”',
  confirmations: allConfirmed,
  intent: 'ready' as const,
  ...extra,
});

describe('from mind map to a plan that passes TEPPC', () => {
  it('refuses "plan klaar" for a negatively phrased plan with the hint on the field, saves it as a draft, and marks it ready once positive', async () => {
    const mindMap = await saveMindMap(pair.schoolClass.id, { pupilId: sem(), goal: 'Niet meer door de klas roepen', whyItMatters: 'Het wordt dan onrustig', firstIdeas: 'Kaartje', version: (await view()).mindMap.version });
    expect(mindMap.ok).toBe(true);

    let current = await view();
    const before = await pupilDataSnapshot();
    const negative = await savePlan(pair.schoolClass.id, { pupilId: sem(), ...plan('Ik ga niet meer door de klas roepen'), version: current.plan.version });
    expect(negative).toMatchObject({ ok: false, fieldErrors: { planWhat: ['goals.errors.negative'] } });
    expect(await pupilDataSnapshot()).toBe(before);

    const draft = await savePlan(pair.schoolClass.id, { pupilId: sem(), ...plan('Ik ga niet meer door de klas roepen', { intent: 'draft' }), version: current.plan.version });
    expect(draft).toMatchObject({ ok: true, data: { ready: false } });
    current = await view();
    expect(current.planStatus).toBe('draft');
    expect(current.plan.values.planWhat).toBe('Ik ga niet meer door de klas roepen');

    const ready = await savePlan(pair.schoolClass.id, { pupilId: sem(), ...plan('Ik steek mijn vinger op en wacht rustig op mijn beurt'), version: current.plan.version });
    expect(ready).toMatchObject({ ok: true, data: { ready: true } });
    current = await view();
    expect(current.planStatus).toBe('ready');
    expect(current.plan.values.confirmations).toEqual(allConfirmed);
    expect(current.mindMap.values.goal).toBe('Niet meer door de klas roepen');
    const overview = await goalsOverview(await currentUserOf(pair.teacher.id), pair.schoolClass.id);
    expect(overview?.find((g) => g.pupil.id === sem())).toMatchObject({ goal: 'Niet meer door de klas roepen', planStatus: 'ready' });
  });

  it('needs every confirmation of the pair before "plan klaar"', async () => {
    const result = await savePlan(pair.schoolClass.id, {
      pupilId: sem(),
      ...plan('Ik vraag Noor om hulp', { confirmations: { ...allConfirmed, ecological: false, context: false } }),
      version: (await view()).plan.version,
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { 'confirmations.ecological': ['goals.errors.confirm'], 'confirmations.context': ['goals.errors.confirm'] } });
  });

  it("does not let one section's save refuse another, but refuses a save based on the section's older version", async () => {
    const start = await view();
    expect((await saveMindMap(pair.schoolClass.id, { pupilId: sem(), goal: 'Om hulp vragen', whyItMatters: '', firstIdeas: '', version: start.mindMap.version })).ok).toBe(true);
    // The plan form was loaded before the mind map was saved: still fine, it is another section.
    expect((await savePlan(pair.schoolClass.id, { pupilId: sem(), ...plan('Ik vraag om hulp', { intent: 'draft' }), version: start.plan.version })).ok).toBe(true);
    // The partner's mind map form, loaded at the start, is now stale.
    actAs(pair.careWorker);
    expect(await saveMindMap(pair.schoolClass.id, { pupilId: sem(), goal: 'Iets anders', whyItMatters: '', firstIdeas: '', version: start.mindMap.version })).toEqual({ ok: false, formError: 'pupils.errors.conflict' });
    expect((await view()).mindMap.values.goal).toBe('Om hulp vragen');
  });

  it('keeps the lesson 6 feedback per source, lesson 7 growth and the top 3 talents', async () => {
    const start = await view();
    const feedback = { pupil: 'Ik wacht vaker', mentor: 'Thuis ook', buddy: 'Hij steekt zijn vinger op', classmates: 'Rustiger', teacher: 'Mooi', careWorker: 'Minder stress zichtbaar' };
    expect((await saveReview(pair.schoolClass.id, { pupilId: sem(), feedback, version: start.review.version })).ok).toBe(true);
    expect((await saveGrowth(pair.schoolClass.id, { pupilId: sem(), growth: 'Wacht nu rustig op zijn beurt', version: start.growth.version })).ok).toBe(true);
    expect((await saveTalents(pair.schoolClass.id, { pupilId: sem(), gold: 'Grappig', silver: '', bronze: 'Snel rekenen', version: start.talents.version })).ok).toBe(true);
    const after = await view();
    expect(after.review.values.feedback).toEqual(feedback);
    expect(after.growth.values.growth).toBe('Wacht nu rustig op zijn beurt');
    expect(await db.pupilTalents.findUniqueOrThrow({ where: { pupilId: sem() } })).toMatchObject({ talents: ['Grappig', 'Snel rekenen'] });
  });

  it('refuses a pupil of another class like a missing one, and shows no goal page for them', async () => {
    const before = await pupilDataSnapshot();
    const foreign = await saveMindMap(pair.schoolClass.id, { pupilId: other.pupils[0]!.id, goal: 'x', whyItMatters: '', firstIdeas: '', version: 'v' });
    const missing = await saveMindMap(pair.schoolClass.id, { pupilId: 'nosuchpupil', goal: 'x', whyItMatters: '', firstIdeas: '', version: 'v' });
    expect(foreign).toEqual(missing);
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { pupilId: ['pupils.errors.pupilNotFound'] } });
    expect(await pupilGoalView(await currentUserOf(pair.teacher.id), pair.schoolClass.id, other.pupils[0]!.id)).toBeNull();
    expect(await pupilDataSnapshot()).toBe(before);
  });

  it('audits the goal page view once, with the pupil, and each save', async () => {
    const start = await lastAuditId();
    const current = await view();
    await saveMindMap(pair.schoolClass.id, { pupilId: sem(), goal: 'Om hulp vragen', whyItMatters: '', firstIdeas: '', version: current.mindMap.version });
    const entries = await auditSince(start);
    expect(entries.map((e) => [e.action, e.entity])).toEqual([
      ['pupil.read', 'Pupil'],
      ['goal.mindMap', 'LearningGoal'],
    ]);
    expect(entries[0]?.detail).toEqual({ view: 'goal', pupilId: sem() });
    expect(JSON.stringify(entries[1]?.detail)).not.toContain('hulp');
  });
});

describe('problem box', () => {
  const entry = { problem: 'Ze duwen in de rij', anonymous: true, pupilId: '', solutions: '', status: 'NEW' as const, discussedInLesson: '' as const };

  it('links no pupil to an anonymous entry, even when one is sent along', async () => {
    const added = await addProblemEntry(pair.schoolClass.id, { ...entry, pupilId: sem() });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(await db.problemBoxEntry.findUniqueOrThrow({ where: { id: added.data.id } })).toMatchObject({ pupilId: null, classId: pair.schoolClass.id, createdById: pair.teacher.id });
  });

  it('names the pupil when not anonymous, records the discussion and solutions, and refuses a stale or foreign edit', async () => {
    const added = await addProblemEntry(pair.schoolClass.id, { ...entry, anonymous: false, pupilId: sem() });
    if (!added.ok) throw new Error('not added');
    const box = await problemBoxView(await currentUserOf(pair.teacher.id), pair.schoolClass.id);
    const shown = box?.entries.find((e) => e.id === added.data.id);
    expect(shown).toMatchObject({ pupilAlias: 'Sem', status: 'NEW' });
    const update = { ...shown!.values, entryId: added.data.id, version: shown!.version, solutions: 'Samen vooraan beginnen', status: 'DISCUSSED' as const, discussedInLesson: '5' as const };
    expect((await updateProblemEntry(pair.schoolClass.id, update)).ok).toBe(true);
    expect(await db.problemBoxEntry.findUniqueOrThrow({ where: { id: added.data.id } })).toMatchObject({ status: 'DISCUSSED', discussedInLesson: 5, solutions: 'Samen vooraan beginnen', pupilId: sem() });
    // The same form sent again is based on the old version now.
    expect(await updateProblemEntry(pair.schoolClass.id, update)).toEqual({ ok: false, formError: 'pupils.errors.conflict' });

    const before = await pupilDataSnapshot();
    expect(await addProblemEntry(pair.schoolClass.id, { ...entry, anonymous: false, pupilId: other.pupils[0]!.id })).toMatchObject({ ok: false, fieldErrors: { pupilId: ['pupils.errors.pupilNotFound'] } });
    expect(await addProblemEntry(pair.schoolClass.id, { ...entry, anonymous: false, pupilId: '' })).toMatchObject({ ok: false, fieldErrors: { pupilId: ['problemBox.errors.pupilRequired'] } });
    expect(await addProblemEntry(pair.schoolClass.id, { ...entry, discussedInLesson: '2' })).toMatchObject({ ok: false, fieldErrors: { discussedInLesson: ['problemBox.errors.lesson'] } });
    actAs(other.teacher);
    expect(await updateProblemEntry(other.schoolClass.id, { ...update, version: 'whatever' })).toMatchObject({ ok: false, fieldErrors: { entryId: ['problemBox.errors.entryNotFound'] } });
    expect(await pupilDataSnapshot()).toBe(before);
  });

  it("keeps an entry's pupil when that pupil leaves", async () => {
    const added = await addProblemEntry(pair.schoolClass.id, { ...entry, anonymous: false, pupilId: sem() });
    await markPupilLeft(pair.schoolClass.id, { pupilId: sem() });
    const box = await problemBoxView(await currentUserOf(pair.teacher.id), pair.schoolClass.id);
    expect(box?.entries.find((e) => added.ok && e.id === added.data.id)?.pupilAlias).toBe('Sem');
    expect(box?.pupils.map((p) => p.alias)).toEqual(['Noor']);
  });
});
