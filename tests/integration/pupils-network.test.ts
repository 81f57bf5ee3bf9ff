/**
 * The pupil list and each pupil's network (buddy, mentor at home), through the real actions and
 * queries as the pair calls them: buddies stay mutual and within the class, a pupil who leaves
 * keeps their history, and every read and write is in the audit log (without pupil names).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { handOutHomework } from '@/lib/homework/actions';
import { saveMindMap } from '@/lib/learning-goals/actions';
import { addPupil, markPupilLeft, renamePupil, saveMentor, setBuddy } from '@/lib/pupils/actions';
import { pupilCodePattern } from '@/lib/pupils/pseudonym';
import { pupilsView } from '@/lib/pupils/queries';
import { versionOf } from '@/lib/pupils/version';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair, currentUserOf } from '../support/factories';
import { auditSince, lastAuditId, pupilDataSnapshot } from '../support/pupil-data';

type Pair = Awaited<ReturnType<typeof createClassWithPair>>;
let pair: Pair;
let other: Pair;

beforeAll(async () => {
  await seedProgramme(db);
  pair = await createClassWithPair('SO', ['Sem', 'Noor', 'Daan', 'Lieke', 'Milan']);
  other = await createClassWithPair('SO', ['Jesse', 'Isa']);
});

beforeEach(() => actAs(pair.teacher));

const id = (alias: string) => pair.pupils.find((p) => p.alias === alias)!.id;
const buddyOf = async (pupilId: string) => (await db.pupil.findUniqueOrThrow({ where: { id: pupilId } })).buddyId;

async function expectMutual(classId: string) {
  const pupils = await db.pupil.findMany({ where: { classId } });
  for (const pupil of pupils) {
    if (!pupil.buddyId) {
      expect(pupils.filter((p) => p.buddyId === pupil.id), `nobody points at ${pupil.alias}`).toEqual([]);
      continue;
    }
    const buddy = pupils.find((p) => p.id === pupil.buddyId);
    expect(buddy, `${pupil.alias}'s buddy is in the class`).toBeDefined();
    expect(buddy?.buddyId, `${pupil.alias}'s buddy points back`).toBe(pupil.id);
  }
}

describe('adding and renaming pupils', () => {
  it('adds a pupil by alias with a new stable code, and renames them without changing it', async () => {
    const added = await addPupil(pair.schoolClass.id, { alias: '  Fenna  ' });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.data.code).toMatch(pupilCodePattern);
    const stored = await db.pupil.findUniqueOrThrow({ where: { id: added.data.id } });
    expect(stored).toMatchObject({ alias: 'Fenna', classId: pair.schoolClass.id, active: true });

    expect(await renamePupil(pair.schoolClass.id, { pupilId: added.data.id, alias: 'Fen' })).toEqual({ ok: true, data: undefined });
    expect(await db.pupil.findUniqueOrThrow({ where: { id: added.data.id } })).toMatchObject({ alias: 'Fen', code: added.data.code });
  });

  it('refuses an empty or too long alias on the field, writing nothing', async () => {
    const before = await pupilDataSnapshot();
    expect(await addPupil(pair.schoolClass.id, { alias: '   ' })).toMatchObject({ ok: false, fieldErrors: { alias: ['pupils.errors.required'] } });
    expect(await addPupil(pair.schoolClass.id, { alias: 'x'.repeat(41) })).toMatchObject({ ok: false, fieldErrors: { alias: ['pupils.errors.tooLong'] } });
    expect(await pupilDataSnapshot()).toBe(before);
  });

  it('refuses to rename a pupil of another class exactly like one that does not exist', async () => {
    const before = await pupilDataSnapshot();
    const foreign = await renamePupil(pair.schoolClass.id, { pupilId: other.pupils[0]!.id, alias: 'Nieuw' });
    const missing = await renamePupil(pair.schoolClass.id, { pupilId: 'doesnotexist000', alias: 'Nieuw' });
    expect(foreign).toEqual(missing);
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { pupilId: ['pupils.errors.pupilNotFound'] } });
    expect(await pupilDataSnapshot()).toBe(before);
  });
});

describe('buddies', () => {
  it('pairs two pupils mutually', async () => {
    expect((await setBuddy(pair.schoolClass.id, { pupilId: id('Sem'), buddyId: id('Noor') })).ok).toBe(true);
    expect(await buddyOf(id('Sem'))).toBe(id('Noor'));
    expect(await buddyOf(id('Noor'))).toBe(id('Sem'));
    await expectMutual(pair.schoolClass.id);
  });

  it("pairing A with B releases A's and B's earlier buddies", async () => {
    await setBuddy(pair.schoolClass.id, { pupilId: id('Sem'), buddyId: id('Noor') });
    await setBuddy(pair.schoolClass.id, { pupilId: id('Daan'), buddyId: id('Lieke') });
    // Noor (Sem's buddy) now pairs with Daan (Lieke's buddy): Sem and Lieke are left without one.
    expect((await setBuddy(pair.schoolClass.id, { pupilId: id('Noor'), buddyId: id('Daan') })).ok).toBe(true);
    expect(await buddyOf(id('Noor'))).toBe(id('Daan'));
    expect(await buddyOf(id('Daan'))).toBe(id('Noor'));
    expect(await buddyOf(id('Sem'))).toBeNull();
    expect(await buddyOf(id('Lieke'))).toBeNull();
    await expectMutual(pair.schoolClass.id);
  });

  it('ends a pairing on both sides', async () => {
    await setBuddy(pair.schoolClass.id, { pupilId: id('Sem'), buddyId: id('Milan') });
    expect((await setBuddy(pair.schoolClass.id, { pupilId: id('Milan'), buddyId: '' })).ok).toBe(true);
    expect(await buddyOf(id('Sem'))).toBeNull();
    expect(await buddyOf(id('Milan'))).toBeNull();
  });

  it('refuses a pupil of another class as buddy, and a pupil as their own buddy, changing nothing', async () => {
    await setBuddy(pair.schoolClass.id, { pupilId: id('Sem'), buddyId: id('Noor') });
    const before = await pupilDataSnapshot();
    expect(await setBuddy(pair.schoolClass.id, { pupilId: id('Sem'), buddyId: other.pupils[0]!.id })).toMatchObject({
      ok: false,
      fieldErrors: { buddyId: ['pupils.errors.pupilNotFound'] },
    });
    expect(await setBuddy(pair.schoolClass.id, { pupilId: id('Sem'), buddyId: id('Sem') })).toMatchObject({ ok: false, fieldErrors: { buddyId: ['pupils.errors.ownBuddy'] } });
    // Acting on the other class's pupil through this class is refused as well.
    expect(await setBuddy(pair.schoolClass.id, { pupilId: other.pupils[0]!.id, buddyId: id('Sem') })).toMatchObject({ ok: false, fieldErrors: { pupilId: ['pupils.errors.pupilNotFound'] } });
    expect(await pupilDataSnapshot()).toBe(before);
    await expectMutual(pair.schoolClass.id);
    await expectMutual(other.schoolClass.id);
  });

  it('stays mutual when pairings in one class run at the same time', async () => {
    const names = ['Sem', 'Noor', 'Daan', 'Lieke', 'Milan'];
    const requests = names.flatMap((a, i) => names.filter((_, j) => j !== i).map((b) => setBuddy(pair.schoolClass.id, { pupilId: id(a), buddyId: id(b) })));
    const results = await Promise.all(requests);
    expect(results.every((r) => r.ok)).toBe(true);
    await expectMutual(pair.schoolClass.id);
  });
});

describe('mentor at home', () => {
  it('stores who, how to reach them and a note, and refuses a save based on an older version', async () => {
    const pupilId = id('Lieke');
    const first = await saveMentor(pair.schoolClass.id, { pupilId, who: 'oma', contact: '06-1234 5678', note: '', version: versionOf(null) });
    expect(first.ok).toBe(true);
    expect(await db.pupilMentor.findUniqueOrThrow({ where: { pupilId } })).toMatchObject({ who: 'oma', contact: '06-1234 5678', note: null });

    // The partner's form was loaded before that save: its version is stale.
    actAs(pair.careWorker);
    expect(await saveMentor(pair.schoolClass.id, { pupilId, who: 'tante', contact: '', note: '', version: versionOf(null) })).toEqual({ ok: false, formError: 'pupils.errors.conflict' });
    expect((await db.pupilMentor.findUniqueOrThrow({ where: { pupilId } })).who).toBe('oma');

    // Saving on top of the version the first save returned works.
    if (!first.ok) return;
    expect((await saveMentor(pair.schoolClass.id, { pupilId, who: 'tante', contact: '', note: 'Belt na 17 uur', version: first.data.version })).ok).toBe(true);
    expect(await db.pupilMentor.findUniqueOrThrow({ where: { pupilId } })).toMatchObject({ who: 'tante', contact: null, note: 'Belt na 17 uur' });
  });
});

describe('a pupil who leaves', () => {
  it('disappears from the active list, keeps their records, and releases their buddy', async () => {
    const fresh = await createClassWithPair('SO', ['Bram', 'Yara', 'Finn']);
    const [bram, yara] = fresh.pupils;
    actAs(fresh.teacher);
    await setBuddy(fresh.schoolClass.id, { pupilId: bram!.id, buddyId: yara!.id });
    await handOutHomework(fresh.schoolClass.id, { lessonNumber: 1 });
    await saveMindMap(fresh.schoolClass.id, { pupilId: bram!.id, goal: 'Om hulp vragen', whyItMatters: '', firstIdeas: '', version: versionOf({ goal: '', whyItMatters: '', firstIdeas: '' }) });

    expect((await markPupilLeft(fresh.schoolClass.id, { pupilId: bram!.id })).ok).toBe(true);

    const stored = await db.pupil.findUniqueOrThrow({ where: { id: bram!.id }, include: { homework: true, learningGoal: true } });
    expect(stored.active).toBe(false);
    expect(stored.leftAt).toBeInstanceOf(Date);
    expect(stored.homework).toHaveLength(1);
    expect(stored.learningGoal?.goal).toBe('Om hulp vragen');
    expect(stored.buddyId).toBeNull();
    expect(await buddyOf(yara!.id)).toBeNull();

    const view = await pupilsView(await currentUserOf(fresh.teacher.id), fresh.schoolClass.id);
    expect(view?.pupils.map((p) => p.alias)).toEqual(['Finn', 'Yara']);
    expect(view?.left).toMatchObject([{ alias: 'Bram', code: bram!.code }]);

    // Gone from the lists means gone for the actions too: no renaming, no pairing, no new homework.
    expect((await renamePupil(fresh.schoolClass.id, { pupilId: bram!.id, alias: 'B' })).ok).toBe(false);
    expect((await setBuddy(fresh.schoolClass.id, { pupilId: yara!.id, buddyId: bram!.id })).ok).toBe(false);
    expect(await handOutHomework(fresh.schoolClass.id, { lessonNumber: 2 })).toEqual({ ok: true, data: { created: 2 } });
  });
});

describe('audit log', () => {
  it('records one entry per page view and one per change, naming ids and codes but never an alias', async () => {
    const start = await lastAuditId();
    const user = await currentUserOf(pair.careWorker.id);
    await pupilsView(user, pair.schoolClass.id);
    await setBuddy(pair.schoolClass.id, { pupilId: id('Daan'), buddyId: id('Milan') });
    await renamePupil(pair.schoolClass.id, { pupilId: id('Milan'), alias: 'Milan' });
    await addPupil(pair.schoolClass.id, { alias: 'Geheimenaam' });

    const entries = await auditSince(start);
    expect(entries.map((e) => e.action)).toEqual(['pupil.read', 'pupil.buddy.set', 'pupil.rename', 'pupil.create']);
    expect(entries.every((e) => e.classId === pair.schoolClass.id)).toBe(true);
    expect(entries[0]).toMatchObject({ userId: pair.careWorker.id, entity: 'Pupil', detail: { view: 'pupils' } });
    expect(entries[1]).toMatchObject({ userId: pair.careWorker.id, entityId: id('Daan'), detail: { buddyId: id('Milan') } });
    const logged = JSON.stringify(entries, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
    for (const alias of ['Sem', 'Noor', 'Daan', 'Lieke', 'Milan', 'Geheimenaam']) expect(logged).not.toContain(alias);
  });
});
