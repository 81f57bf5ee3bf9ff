import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET as classCertificates } from '@/app/api/classes/[classId]/certificates/route';
import { GET as pupilCertificate } from '@/app/api/classes/[classId]/certificates/[pupilId]/route';
import { saveCelebration } from '@/lib/celebration/actions';
import { listCelebrations } from '@/lib/celebration/queries';
import { saveConversation } from '@/lib/conversations/actions';
import { DEFAULT_MESSAGE } from '@/lib/certificates/content';
import { getEvaluationPage } from '@/lib/evaluation/queries';
import { getPortfolio } from '@/lib/portfolio/queries';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair, createUser, currentUserOf } from '../support/factories';
import { createHeldLesson } from '../support/evaluation';

beforeAll(async () => {
  await seedProgramme(db);
});

/** The text of a PDF, as Debian's poppler-utils extracts it. */
function pdfText(bytes: ArrayBuffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'certificate-')), 'c.pdf');
  writeFileSync(file, Buffer.from(bytes));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const conversation = (planId: string, pupilId: string, talkedById: string) => ({ planId, pupilId, talkedById, heldOn: '2026-11-20', said: 'Sem vertelde over thuis.', agreements: 'Vrijdag terugkomen.' });

describe('conversations with pupils', () => {
  it('are added, listed and changed by the pair, audited, with a stale change refused', async () => {
    const { plan, teacher, careWorker, pupils, schoolClass } = await createHeldLesson();
    actAs(careWorker);
    const added = await saveConversation(conversation(plan.id, pupils[0]!.id, careWorker.id));
    if (!added.ok) throw new Error(added.formError);
    expect(await db.auditLog.count({ where: { action: 'pupil.conversation.create', entityId: pupils[0]!.id } })).toBe(1);

    const page = await getEvaluationPage(await currentUserOf(teacher.id), schoolClass.id, 1);
    const listed = page?.state === 'ok' ? page.page.conversations : null;
    expect(listed).toEqual([expect.objectContaining({ pupilAlias: 'Sem', talkedByName: careWorker.name, said: 'Sem vertelde over thuis.', heldOn: '2026-11-20' })]);

    actAs(teacher);
    const edit = { ...conversation(plan.id, pupils[0]!.id, careWorker.id), conversationId: added.data.id, version: added.data.version, agreements: 'Maandag terugkomen.' };
    expect(await saveConversation(edit)).toMatchObject({ ok: true });
    // The partner's form was loaded before that change: refused, not overwritten.
    expect(await saveConversation({ ...edit, agreements: 'Dinsdag' })).toMatchObject({ ok: false, formError: expect.stringContaining('intussen') });
    expect((await db.pupilConversation.findUniqueOrThrow({ where: { id: added.data.id } })).agreements).toBe('Maandag terugkomen.');
  });

  it('refuse a pupil or talker of another class, and everyone but the pair', async () => {
    const { plan, teacher, careWorker, pupils } = await createHeldLesson();
    const other = await createClassWithPair();
    actAs(teacher);
    expect(await saveConversation(conversation(plan.id, other.pupils[0]!.id, teacher.id))).toMatchObject({ ok: false, fieldErrors: { pupilId: expect.any(Array) } });
    expect(await saveConversation(conversation(plan.id, pupils[0]!.id, other.teacher.id))).toMatchObject({ ok: false, fieldErrors: { talkedById: expect.any(Array) } });
    for (const stranger of [await createUser('COORDINATOR'), await createUser('ADMIN'), other.teacher]) {
      actAs(stranger);
      expect(await saveConversation(conversation(plan.id, pupils[0]!.id, careWorker.id))).toMatchObject({ ok: false });
    }
    expect(await db.pupilConversation.count({ where: { planId: plan.id } })).toBe(0);
  });
});

describe('celebration (lesson 8)', () => {
  it('saves the scale question and the pupil’s words, refusing a stale version', async () => {
    const { teacher, careWorker, pupils, schoolClass } = await createClassWithPair();
    const pupilId = pupils[0]!.id;
    actAs(teacher);
    const first = await saveCelebration({ pupilId, selfRatingNow: 8, selfRatingStart: 4, proudest: 'Dat ik wacht op mijn beurt', keepGoing: '', version: '' });
    if (!first.ok) throw new Error(first.formError);
    actAs(careWorker);
    expect(await saveCelebration({ pupilId, selfRatingNow: 7, selfRatingStart: null, proudest: '', keepGoing: '', version: '' })).toMatchObject({ ok: false });
    const second = await saveCelebration({ pupilId, selfRatingNow: 9, selfRatingStart: 4, proudest: 'Dat ik wacht op mijn beurt', keepGoing: 'Milan geeft seintjes', version: first.data.version });
    expect(second).toMatchObject({ ok: true });
    expect(await saveCelebration({ pupilId, selfRatingNow: 1, selfRatingStart: 1, proudest: '', keepGoing: '', version: first.data.version })).toMatchObject({ ok: false });
    expect(await db.celebration.findUniqueOrThrow({ where: { pupilId } })).toMatchObject({ selfRatingNow: 9, keepGoing: 'Milan geeft seintjes' });
    expect(await saveCelebration({ pupilId, selfRatingNow: 11, selfRatingStart: 0, proudest: '', keepGoing: '', version: '' })).toMatchObject({
      ok: false,
      fieldErrors: { selfRatingNow: ['Kies een cijfer van 1 tot en met 10.'], selfRatingStart: ['Kies een cijfer van 1 tot en met 10.'] },
    });
    const list = await listCelebrations(await currentUserOf(teacher.id), schoolClass.id);
    expect(list?.pupils.find((p) => p.pupilId === pupilId)?.values).toEqual({ selfRatingNow: 9, selfRatingStart: 4, proudest: 'Dat ik wacht op mijn beurt', keepGoing: 'Milan geeft seintjes' });
    expect(await db.auditLog.count({ where: { action: 'pupil.celebration.update', entityId: pupilId } })).toBe(2);
  });

  it('is for the pair only', async () => {
    const { pupils, schoolClass } = await createClassWithPair();
    const other = await createClassWithPair();
    for (const stranger of [await createUser('COORDINATOR'), await createUser('ADMIN'), other.teacher]) {
      actAs(stranger);
      expect(await saveCelebration({ pupilId: pupils[0]!.id, selfRatingNow: 5, selfRatingStart: 5, proudest: '', keepGoing: '', version: '' })).toMatchObject({ ok: false });
      expect(await listCelebrations(await currentUserOf(stranger.id), schoolClass.id)).toBeNull();
      expect(await getPortfolio(await currentUserOf(stranger.id), schoolClass.id, pupils[0]!.id)).toBeNull();
    }
    expect(await db.celebration.count({ where: { pupilId: pupils[0]!.id } })).toBe(0);
  });
});

describe('certificates', () => {
  async function classWithCollectedData() {
    const pair = await createClassWithPair('SO', ['Sem', 'Zoë', 'Evi']);
    const [sem, zoe] = pair.pupils;
    await db.pupilTalents.create({ data: { pupilId: sem!.id, talents: ['Maakt anderen aan het lachen', 'Snel met hoofdrekenen', 'Helpt mee met opruimen'] } });
    await db.pupilTalents.create({ data: { pupilId: zoe!.id, talents: ['Luistert goed naar anderen', 'Mooi tekenen', 'Zorgt goed voor dieren'] } });
    await db.learningGoal.create({ data: { pupilId: sem!.id, goal: 'Rustig wachten tot ik een beurt krijg', feedback: { mentor: 'Hij wacht nu vaker op zijn beurt.' }, growth: 'Sem steekt zijn vinger op.' } });
    await db.celebration.create({ data: { pupilId: sem!.id, selfRatingNow: 8, selfRatingStart: 4, proudest: 'Dat ik rustig kan wachten' } });
    return pair;
  }

  it('downloads the class PDF with each pupil’s alias and talents, and a friendly default for a pupil without data', async () => {
    const { schoolClass, teacher, school } = await classWithCollectedData();
    actAs(teacher);
    const response = await classCertificates(new Request('http://localhost/x'), { params: Promise.resolve({ classId: schoolClass.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="certificaten-groep-[a-z0-9-]+\.pdf"$/);
    const text = pdfText(await response.arrayBuffer());
    for (const expected of ['Sem', 'Zoë', 'Evi', 'Maakt anderen aan het lachen', 'Helpt mee met opruimen', 'Mooi tekenen', 'Rustig wachten tot ik een beurt krijg', 'Je mentor thuis: Hij wacht nu vaker op zijn beurt.', 'Bij de start gaf je jezelf een 4. Nu geef je jezelf een 8.', school.name]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(DEFAULT_MESSAGE);
    expect(await db.auditLog.count({ where: { action: 'pupil.certificate.download', classId: schoolClass.id } })).toBe(1);
  });

  it('downloads one pupil’s certificate, also without collected data', async () => {
    const { schoolClass, teacher, pupils } = await classWithCollectedData();
    actAs(teacher);
    const evi = pupils[2]!;
    const response = await pupilCertificate(new Request('http://localhost/x'), { params: Promise.resolve({ classId: schoolClass.id, pupilId: evi.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="certificaat-evi.pdf"');
    const text = pdfText(await response.arrayBuffer());
    expect(text).toContain('Evi');
    expect(text).toContain(DEFAULT_MESSAGE);
    expect(text).not.toContain('Sem');
  });

  it('is not found for anyone but the pair, and for another class’s pupil', async () => {
    const { schoolClass, pupils, teacher } = await classWithCollectedData();
    const other = await createClassWithPair();
    for (const stranger of [await createUser('COORDINATOR'), await createUser('ADMIN'), other.teacher, null]) {
      actAs(stranger);
      expect((await classCertificates(new Request('http://localhost/x'), { params: Promise.resolve({ classId: schoolClass.id }) })).status).toBe(404);
      expect((await pupilCertificate(new Request('http://localhost/x'), { params: Promise.resolve({ classId: schoolClass.id, pupilId: pupils[0]!.id }) })).status).toBe(404);
    }
    actAs(teacher);
    expect((await pupilCertificate(new Request('http://localhost/x'), { params: Promise.resolve({ classId: schoolClass.id, pupilId: other.pupils[0]!.id }) })).status).toBe(404);
  });
});

describe('portfolio', () => {
  it('gathers the pupil’s talents, goal, feedback, growth, captures, conversations and celebration', async () => {
    const { plan, teacher, careWorker, pupils, schoolClass } = await createHeldLesson();
    const sem = pupils[0]!;
    await db.pupilTalents.create({ data: { pupilId: sem.id, talents: ['Eerlijk', 'Goed in voetbal', 'Bouwt met lego'] } });
    await db.learningGoal.create({ data: { pupilId: sem.id, goal: 'Vinger opsteken', planWhat: 'Elke les één keer', feedback: { buddy: 'Hij helpt mij ook' }, growth: 'Lukt steeds vaker' } });
    await db.capture.create({ data: { id: 'capture-portfolio-1', planId: plan.id, pupilId: sem.id, kind: 'STRESS', text: 'Wiebelde bij de stamboom', capturedAt: new Date('2026-11-20T09:10:00Z'), authorId: careWorker.id } });
    actAs(careWorker);
    await saveConversation(conversation(plan.id, sem.id, careWorker.id));
    await db.celebration.create({ data: { pupilId: sem.id, selfRatingNow: 7, proudest: 'Mijn leerdoel' } });

    const portfolio = await getPortfolio(await currentUserOf(teacher.id), schoolClass.id, sem.id);
    expect(portfolio).toMatchObject({
      pupil: { alias: 'Sem' },
      talents: ['Eerlijk', 'Goed in voetbal', 'Bouwt met lego'],
      goal: { goal: 'Vinger opsteken', planWhat: 'Elke les één keer' },
      feedback: [{ key: 'buddy', text: 'Hij helpt mij ook' }],
      growth: 'Lukt steeds vaker',
      captures: [expect.objectContaining({ lessonNumber: 1, kind: 'STRESS', text: 'Wiebelde bij de stamboom' })],
      conversations: [expect.objectContaining({ lessonNumber: 1, said: 'Sem vertelde over thuis.' })],
      celebration: { selfRatingNow: 7, proudest: 'Mijn leerdoel' },
    });
    expect(await db.auditLog.count({ where: { action: 'pupil.read', entityId: sem.id, userId: teacher.id } })).toBe(1);
    const otherClassPupil = (await createClassWithPair()).pupils[0]!;
    expect(await getPortfolio(await currentUserOf(teacher.id), schoolClass.id, otherClassPupil.id)).toBeNull();
  });
});
