import { beforeAll, describe, expect, it } from 'vitest';
import { getAnswersSideBySide, type AnswerCell, type AnswersData } from '@/lib/answers/queries';
import { answersFilterSchema } from '@/lib/answers/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { demoSchools } from '@/lib/demo/demo-data';
import { seedDemo } from '../../prisma/seed/demo';
import { demoEvaluations } from '../../prisma/seed/demo-evaluation-texts';
import { seedDemoEvaluations } from '../../prisma/seed/demo-evaluations';
import { seedProgramme } from '../../prisma/seed/programme';
import { createClassWithPair, createUser, currentUserOf } from '../support/factories';

type Pair = Awaited<ReturnType<typeof createClassWithPair>>;

/** A submitted evaluation made directly, with the given answers ("trustBehaviours.b1" style keys). */
async function submittedEvaluation(pair: Pair, lessonNumber: number, heldOn: string, answers: Record<string, string>, amendments: { questionKey: string | null; text: string }[] = []) {
  const version = await db.programmeVersion.findFirstOrThrow({ orderBy: { version: 'desc' } });
  const plan = await db.lessonPlan.create({
    data: { classId: pair.schoolClass.id, lessonNumber, programmeVersionId: version.id, status: 'EVALUATED', heldOn: new Date(`${heldOn}T00:00:00Z`) },
  });
  const evaluation = await db.evaluation.create({ data: { planId: plan.id, submittedAt: new Date(`${heldOn}T15:00:00Z`), submittedById: pair.teacher.id } });
  await db.evaluationAnswer.createMany({
    data: Object.entries(answers).map(([key, text]) => {
      const [questionKey = '', partKey = ''] = key.split('.');
      return { evaluationId: evaluation.id, questionKey, partKey, text };
    }),
  });
  for (const [index, amendment] of amendments.entries()) {
    await db.evaluationAmendment.create({
      data: { evaluationId: evaluation.id, questionKey: amendment.questionKey, text: amendment.text, authorId: pair.careWorker.id, createdAt: new Date(`${heldOn}T16:0${index}:00Z`) },
    });
  }
  return evaluation;
}

const filter = (input: Record<string, string> = {}) => answersFilterSchema.parse(input);

function cellOf(data: AnswersData | null, className: string, lessonNumber: number): AnswerCell | undefined {
  return data?.rows.find((r) => r.className === className)?.cells.find((c) => c.lessonNumber === lessonNumber);
}

const textsOf = (data: AnswersData | null) =>
  JSON.stringify(data?.rows.flatMap((r) => r.cells.flatMap((c) => (c.state === 'shown' ? [...c.parts.map((p) => p.text), ...c.amendments.map((a) => a.text)] : []))));

let coordinator: CurrentUser;
let calm: Pair;
let other: Pair;
let baken: { id: string };
let vlinderboom: { id: string };

beforeAll(async () => {
  await seedProgramme(db);
  await seedDemo(db);
  await seedDemoEvaluations(db);
  baken = await db.school.findFirstOrThrow({ where: { name: 'Het Baken' } });
  vlinderboom = await db.school.findFirstOrThrow({ where: { name: 'De Vlinderboom' } });

  calm = await createClassWithPair('SO', ['Noor', 'Wessel']);
  await submittedEvaluation(
    calm,
    1,
    '2026-09-08',
    {
      'trustBehaviours.b1': 'Noor zocht een rustige plek en vroeg Wessel erbij.',
      'trustBehaviours.b2': 'De groep luisterde naar elkaar.',
      'trustBehaviours.b3': 'Niemand liep weg.',
      'stressActions.a': 'Vaste plekken.',
    },
    [
      { questionKey: 'trustBehaviours', text: 'Later zagen we dat ook wessel meer durfde.' },
      { questionKey: null, text: 'Algemene aanvulling over het wolkjesspel.' },
      { questionKey: 'stressActions', text: 'Aanvulling bij een andere vraag over de regenboog.' },
    ],
  );
  // A draft: opened but never submitted, so "not evaluated yet".
  const version = await db.programmeVersion.findFirstOrThrow({ orderBy: { version: 'desc' } });
  const draftPlan = await db.lessonPlan.create({ data: { classId: calm.schoolClass.id, lessonNumber: 2, programmeVersionId: version.id, status: 'HELD', heldOn: new Date('2026-09-15T00:00:00Z') } });
  await db.evaluation.create({ data: { planId: draftPlan.id } });
  await db.evaluationAnswer.create({ data: { evaluationId: (await db.evaluation.findUniqueOrThrow({ where: { planId: draftPlan.id } })).id, questionKey: 'trustBehaviours', partKey: 'b1', text: 'Geheime conceptzin' } });

  other = await createClassWithPair('VSO', ['Bo']);
  await submittedEvaluation(other, 3, '2026-10-20', { 'trustBehaviours.b1': 'Bo bleef rustig zitten tijdens de kring.' });

  coordinator = await currentUserOf((await db.user.findUniqueOrThrow({ where: { email: 'coordinator@example.org' } })).id);
});

describe('answers side by side', () => {
  it('shows every class in scope with the chosen question per lesson, all parts with their labels, and the demo texts', async () => {
    const data = await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours' }));
    expect(data?.question.number).toBe(2);
    expect(data?.lessons).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(data?.rows.map((r) => r.className)).toEqual(expect.arrayContaining(['Groep Zon', 'Klas 2B', 'Groep Maan', calm.schoolClass.name, other.schoolClass.name]));
    const klas2b = cellOf(data, 'Klas 2B', 1);
    expect(klas2b?.state).toBe('shown');
    if (klas2b?.state !== 'shown') return;
    expect(klas2b.heldOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(klas2b.parts.map((p) => p.label)).toEqual(['Gedrag 1', 'Gedrag 2', 'Gedrag 3']);
    expect(klas2b.parts[2]?.text).toBe(demoEvaluations['Het Baken']![1]!.answers['trustBehaviours.b3']);
    expect(cellOf(data, 'Klas 2B', 3)?.state).toBe('notEvaluated');
    expect(cellOf(data, 'Groep Maan', 1)?.state).toBe('notEvaluated');
  });

  it('shows a submitted draft as not evaluated and never its text', async () => {
    const data = await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours' }));
    expect(cellOf(data, calm.schoolClass.name, 2)?.state).toBe('notEvaluated');
    expect(textsOf(data)).not.toContain('Geheime conceptzin');
  });

  it("puts the question's and the whole form's amendments under the answer, with the author's role, not other questions'", async () => {
    const data = await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours' }));
    const cell = cellOf(data, calm.schoolClass.name, 1);
    if (cell?.state !== 'shown') throw new Error('expected an answer');
    expect(cell.amendments.map((a) => [a.authorRole, a.general])).toEqual([
      ['CARE_WORKER', false],
      ['CARE_WORKER', true],
    ]);
    expect(textsOf(data)).not.toContain('regenboog');
  });

  it("replaces a pupil's alias in answers and amendments by the pupil's code, in any case", async () => {
    const data = await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours' }));
    const [noor, wessel] = calm.pupils;
    const cell = cellOf(data, calm.schoolClass.name, 1);
    if (cell?.state !== 'shown') throw new Error('expected an answer');
    expect(cell.parts[0]?.text).toBe(`${noor!.code} zocht een rustige plek en vroeg ${wessel!.code} erbij.`);
    expect(cell.amendments[0]?.text).toBe(`Later zagen we dat ook ${wessel!.code} meer durfde.`);
    const texts = textsOf(data);
    // Also as a Dutch genitive ("Daans vader" in the demo's amendment).
    for (const demo of demoSchools) for (const alias of demo.pupils) expect(texts).not.toMatch(new RegExp(`\\b${alias}s?\\b`, 'i'));
    expect(texts).not.toMatch(/\b(Noor|Wessel|Bo)\b/i);
  });

  it("shows the demo's amendment under Groep Zon's lesson 2 answer to question 3, with codes for the names", async () => {
    const data = await getAnswersSideBySide(coordinator, filter({ question: 'pupilExample', lesson: '2' }));
    const cell = cellOf(data, 'Groep Zon', 2);
    if (cell?.state !== 'shown') throw new Error('expected an answer');
    expect(cell.amendments).toHaveLength(1);
    expect(cell.amendments[0]).toMatchObject({ authorRole: 'CARE_WORKER', general: false });
    expect(cell.amendments[0]?.text).toMatch(/^P-[2-9A-HJKMNP-Z]{4}'s vader belde twee dagen na de les/);
  });

  it('filters by school type, school, lesson and period', async () => {
    const vso = await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours', kind: 'VSO' }));
    expect(new Set(vso?.rows.map((r) => r.school.kind))).toEqual(new Set(['VSO']));
    expect(vso?.rows.map((r) => r.className)).toEqual(expect.arrayContaining(['Klas 2B', other.schoolClass.name]));

    const school = await getAnswersSideBySide(coordinator, filter({ school: vlinderboom.id }));
    expect(school?.rows.map((r) => r.className)).toEqual(['Groep Zon']);

    const lesson = await getAnswersSideBySide(coordinator, filter({ lesson: '3' }));
    expect(lesson?.lessons).toEqual([3]);
    expect(lesson?.rows.every((r) => r.cells.length === 1 && r.cells[0]!.lessonNumber === 3)).toBe(true);
    expect(cellOf(lesson, 'Groep Zon', 3)?.state).toBe('shown');

    const period = await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours', from: '2026-10-01', to: '2026-10-31' }));
    expect(period?.rows.map((r) => r.className)).toContain(other.schoolClass.name);
    expect(period?.rows.map((r) => r.className)).not.toContain(calm.schoolClass.name);
    expect(cellOf(period, other.schoolClass.name, 3)?.state).toBe('shown');
  });

  it('finds an inflected form with the Dutch configuration ("rustig" finds "rustige"), in answers and in amendments', async () => {
    const data = await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours', q: 'rustig' }));
    expect(data?.rows.map((r) => r.className)).toEqual(expect.arrayContaining([calm.schoolClass.name, other.schoolClass.name]));
    // Klas 2B's "rustig" is in question 1's answers, not in question 2's: not a hit here.
    expect(data?.rows.map((r) => r.className)).not.toContain('Klas 2B');
    expect(cellOf(data, calm.schoolClass.name, 1)?.state).toBe('shown');

    const inAmendment = await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours', q: 'wolkjesspel' }));
    expect(inAmendment?.rows.map((r) => r.className)).toEqual([calm.schoolClass.name]);
    const cell = cellOf(inAmendment, calm.schoolClass.name, 1);
    expect(cell?.state === 'shown' && cell.parts.length).toBe(3);

    const otherQuestionsAmendment = await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours', q: 'regenboog' }));
    expect(otherQuestionsAmendment?.rows).toEqual([]);

    const phrase = await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours', q: '"luisterde naar elkaar" OR complimenten' }));
    expect(phrase?.rows.map((r) => r.className).sort()).toEqual([calm.schoolClass.name, 'Groep Zon', 'Klas 2B'].sort());
  });

  it("finds nothing when a search word is a pupil's alias in scope, however it is written", async () => {
    for (const q of ['Noor', 'noor', 'WESSEL', 'rustige Noor', 'rustig -Wessel', 'Roos', "Isa's", 'Bo']) {
      const data = await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours', q }));
      expect({ q, rows: data?.rows.length, evaluations: data?.evaluationCount }).toEqual({ q, rows: 0, evaluations: 0 });
    }
    // The same search without the name still works.
    expect((await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours', q: 'rustige plek' })))?.rows.length).toBe(1);
  });

  it("limits a coordinator of one school to that school's classes and answers", async () => {
    const limited = await currentUserOf((await createUser('COORDINATOR', { coordinatorSchoolIds: [baken.id] })).id);
    const data = await getAnswersSideBySide(limited, filter({ question: 'trustBehaviours' }));
    expect(data?.rows.map((r) => r.className)).toEqual(['Klas 2B']);
    expect(data?.schools.map((s) => s.name)).toEqual(['Het Baken']);
    expect(textsOf(data)).not.toContain('Lieke');
    // Asking for another school's classes shows nothing, not that school.
    expect((await getAnswersSideBySide(limited, filter({ school: vlinderboom.id })))?.rows).toEqual([]);
    expect((await getAnswersSideBySide(limited, filter({ question: 'trustBehaviours', q: 'rustige' })))?.rows).toEqual([]);
    // An alias only outside their scope is an ordinary word for them.
    const outOfScopeName = await getAnswersSideBySide(limited, filter({ question: 'stressActions', q: 'Ruud' }));
    expect(outOfScopeName?.rows.map((r) => r.className)).toEqual(['Klas 2B']);
  });

  it('is not available to the pair, a care worker or the admin', async () => {
    expect(await getAnswersSideBySide(await currentUserOf(calm.teacher.id), filter())).toBeNull();
    expect(await getAnswersSideBySide(await currentUserOf(calm.careWorker.id), filter())).toBeNull();
    expect(await getAnswersSideBySide(await currentUserOf((await createUser('ADMIN')).id), filter())).toBeNull();
  });

  it('writes one audit entry per page view with the filters, and none of a searched name', async () => {
    const before = await db.auditLog.count({ where: { userId: coordinator.id, action: 'evaluation.read' } });
    await getAnswersSideBySide(coordinator, filter({ question: 'trustBehaviours', kind: 'VSO', lesson: '2', q: 'complimenten' }));
    const entries = await db.auditLog.findMany({ where: { userId: coordinator.id, action: 'evaluation.read' }, orderBy: { at: 'desc' } });
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]?.detail).toMatchObject({ view: 'answers', question: 'trustBehaviours', kind: 'VSO', lesson: 2, search: 'complimenten', searchNamedPupil: false, classes: 1, evaluations: 1 });

    await getAnswersSideBySide(coordinator, filter({ q: 'Noor' }));
    const named = await db.auditLog.findFirstOrThrow({ where: { userId: coordinator.id, action: 'evaluation.read' }, orderBy: { at: 'desc' } });
    expect(named.detail).toMatchObject({ search: null, searchNamedPupil: true });
    expect(JSON.stringify(named.detail)).not.toContain('Noor');
  });

  it('pages through many classes', async () => {
    const data = await getAnswersSideBySide(coordinator, filter({ page: '99' }));
    expect(data?.page).toBe(data?.pageCount);
    expect(data?.classCount).toBeGreaterThanOrEqual(5);
  });
});
