import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getEvaluationPage } from '@/lib/evaluation/queries';
import { saveLogbook } from '@/lib/logbook/actions';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createUser, currentUserOf } from '../support/factories';
import { createHeldLesson } from '../support/evaluation';

beforeAll(async () => {
  await seedProgramme(db);
});

describe('logbook', () => {
  it('saves one’s own entry with a version, refusing a stale save', async () => {
    const { plan, teacher } = await createHeldLesson();
    actAs(teacher);
    expect(await saveLogbook({ planId: plan.id, text: 'Eerste aantekening', version: 0 })).toEqual({ ok: true, data: { version: 1 } });
    expect(await saveLogbook({ planId: plan.id, text: 'Aangevuld', version: 1 })).toEqual({ ok: true, data: { version: 2 } });
    // A second window still at version 1 (or one that never loaded the entry) is refused.
    expect(await saveLogbook({ planId: plan.id, text: 'Oud venster', version: 1 })).toMatchObject({ ok: false, formError: expect.stringContaining('intussen') });
    expect(await saveLogbook({ planId: plan.id, text: 'Nog een venster', version: 0 })).toMatchObject({ ok: false });
    expect(await db.logbookEntry.findUniqueOrThrow({ where: { planId_authorId: { planId: plan.id, authorId: teacher.id } } })).toMatchObject({ text: 'Aangevuld', version: 2 });
  });

  it('cannot be written by another user', async () => {
    const { plan, teacher, careWorker } = await createHeldLesson();
    actAs(teacher);
    await saveLogbook({ planId: plan.id, text: 'Van de leerkracht', version: 0 });
    actAs(careWorker);
    // Naming the teacher as author is refused outright…
    expect(await saveLogbook({ planId: plan.id, authorId: teacher.id, text: 'Overschreven?', version: 1 })).toMatchObject({ ok: false });
    // …and the partner's own save only ever writes the partner's own entry.
    expect(await saveLogbook({ planId: plan.id, text: 'Van de hulpverlener', version: 0 })).toMatchObject({ ok: true });
    const entries = await db.logbookEntry.findMany({ where: { planId: plan.id }, orderBy: { text: 'asc' } });
    expect(entries.map((e) => [e.authorId, e.text])).toEqual([
      [careWorker.id, 'Van de hulpverlener'],
      [teacher.id, 'Van de leerkracht'],
    ]);

    for (const stranger of [await createUser('COORDINATOR'), await createUser('ADMIN'), (await createHeldLesson()).teacher]) {
      actAs(stranger);
      expect(await saveLogbook({ planId: plan.id, text: 'Vreemde', version: 0 })).toMatchObject({ ok: false });
      expect(await saveLogbook({ planId: plan.id, text: 'Vreemde', version: 1 })).toMatchObject({ ok: false });
    }
    expect(await db.logbookEntry.count({ where: { planId: plan.id } })).toBe(2);
  });

  it('is read by the partner and the coordinator, written by its author only', async () => {
    const { plan, teacher, careWorker, schoolClass } = await createHeldLesson();
    actAs(teacher);
    await saveLogbook({ planId: plan.id, text: 'Mooie les', version: 0 });
    const partner = await getEvaluationPage(await currentUserOf(careWorker.id), schoolClass.id, 1);
    expect(partner?.state === 'ok' && partner.page.logbooks).toEqual({
      mine: { text: '', version: 0 },
      others: [expect.objectContaining({ authorName: teacher.name, role: 'TEACHER', text: 'Mooie les' })],
    });
    const coordinator = await getEvaluationPage(await currentUserOf((await createUser('COORDINATOR')).id), schoolClass.id, 1);
    expect(coordinator?.state === 'ok' && coordinator.page.logbooks).toEqual({ mine: null, others: [expect.objectContaining({ text: 'Mooie les' })] });
  });

  it('is only for lessons that have been given', async () => {
    const { plan, teacher } = await createHeldLesson();
    await db.lessonPlan.update({ where: { id: plan.id }, data: { status: 'READY' } });
    actAs(teacher);
    expect(await saveLogbook({ planId: plan.id, text: 'Te vroeg', version: 0 })).toMatchObject({ ok: false });
    expect(await db.logbookEntry.count({ where: { planId: plan.id } })).toBe(0);
  });
});
