/**
 * Programme materials end to end below the browser: the upload action (policy, validation,
 * content sniffing, storage, audit), the programme queries the pages read, and the download
 * route, against a real database with the programme seeded.
 */
import { createHash } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as downloadMaterial } from '@/app/api/materials/[lesson]/[material]/route';
import { NOT_ALLOWED, SESSION_EXPIRED } from '@/lib/actions/session-user';
import { db } from '@/lib/db';
import { uploadMaterial } from '@/lib/materials/actions';
import { readMaterialFile } from '@/lib/materials/queries';
import { getProgrammeLesson, getProgrammeOverview } from '@/lib/programme/queries';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair, createUser, currentUserOf } from '../support/factories';
import { revalidated } from '../support/next-stubs';

const MB = 1024 * 1024;
const pdfBytes = () => new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function uploadForm(lessonNumber: number | string, materialNumber: number | string, file: File | null): FormData {
  const form = new FormData();
  form.set('lessonNumber', String(lessonNumber));
  form.set('materialNumber', String(materialNumber));
  if (file) form.set('file', file);
  return form;
}

type Staff = Awaited<ReturnType<typeof createClassWithPair>>;
let pair: Staff;
let admin: Awaited<ReturnType<typeof createUser>>;
let coordinator: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  await seedProgramme(db);
  pair = await createClassWithPair();
  admin = await createUser('ADMIN');
  coordinator = await createUser('COORDINATOR');
});

beforeEach(async () => {
  await db.materialFile.deleteMany();
  revalidated.length = 0;
});

describe('uploadMaterial', () => {
  it('stores an admin’s PDF with its bytes, hash and content type, and audits it', async () => {
    actAs(admin);
    const bytes = pdfBytes();
    const result = await uploadMaterial(uploadForm(1, 2, new File([bytes], 'Sta op als.pdf', { type: 'application/pdf' })));
    expect(result).toEqual({ ok: true, data: { lessonNumber: 1, materialNumber: 2, fileName: 'Sta op als.pdf', size: bytes.byteLength } });

    const stored = await db.materialFile.findUniqueOrThrow({ where: { lessonNumber_materialNumber: { lessonNumber: 1, materialNumber: 2 } } });
    expect(Buffer.from(stored.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(stored).toMatchObject({ contentType: 'application/pdf', size: bytes.byteLength, sha256: sha256(bytes), uploadedById: admin.id });

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: 'material.upload', entityId: stored.id } });
    expect(entry).toMatchObject({ userId: admin.id, entity: 'MaterialFile' });
    expect(entry.detail).toMatchObject({ lessonNumber: 1, materialNumber: 2, sha256: sha256(bytes) });
    expect(revalidated).toEqual(expect.arrayContaining(['/beheer/materialen', '/lessenreeks/1']));
  });

  it('decides the type by content, whatever the name or declared type says', async () => {
    actAs(admin);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = await uploadMaterial(uploadForm(2, 1, new File([png], 'plaatje.pdf', { type: 'application/pdf' })));
    expect(result.ok).toBe(true);
    const stored = await db.materialFile.findFirstOrThrow({ where: { lessonNumber: 2, materialNumber: 1 } });
    expect(stored.contentType).toBe('image/png');
    expect(stored.fileName).toBe('plaatje.pdf.png');
  });

  it('replaces the earlier file of the same material (one row per material)', async () => {
    actAs(admin);
    await uploadMaterial(uploadForm(3, 1, new File([pdfBytes()], 'oud.pdf')));
    const newer = new TextEncoder().encode('%PDF-1.7\nnieuwe versie\n');
    expect((await uploadMaterial(uploadForm(3, 1, new File([newer], 'nieuw.pdf')))).ok).toBe(true);
    const rows = await db.materialFile.findMany({ where: { lessonNumber: 3, materialNumber: 1 } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fileName: 'nieuw.pdf', sha256: sha256(newer) });
  });

  it.each([
    ['teacher', () => pair.teacher],
    ['care worker', () => pair.careWorker],
    ['coordinator', () => coordinator],
  ])('refuses a %s and stores nothing', async (_role, who) => {
    actAs(who());
    const result = await uploadMaterial(uploadForm(1, 1, new File([pdfBytes()], 'werkblad.pdf')));
    expect(result).toEqual({ ok: false, formError: NOT_ALLOWED });
    expect(await db.materialFile.count()).toBe(0);
  });

  it('refuses when nobody is signed in', async () => {
    actAs(null);
    expect(await uploadMaterial(uploadForm(1, 1, new File([pdfBytes()], 'werkblad.pdf')))).toEqual({ ok: false, formError: SESSION_EXPIRED });
    expect(await db.materialFile.count()).toBe(0);
  });

  it('refuses a program renamed to .pdf with a Dutch message', async () => {
    actAs(admin);
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff]);
    const result = await uploadMaterial(uploadForm(1, 1, new File([exe], 'werkblad.pdf', { type: 'application/pdf' })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.formError).toMatch(/^Dit soort bestand kan niet\./);
    expect(result.fieldErrors?.file?.[0]).toBe(result.formError);
    expect(await db.materialFile.count()).toBe(0);
  });

  it('refuses a file of 25 MB with "Het bestand is groter dan 20 MB."', async () => {
    actAs(admin);
    const big = new Uint8Array(25 * MB);
    big.set(pdfBytes());
    const result = await uploadMaterial(uploadForm(1, 1, new File([big], 'groot.pdf')));
    expect(result).toEqual({ ok: false, formError: 'Het bestand is groter dan 20 MB.', fieldErrors: { file: ['Het bestand is groter dan 20 MB.'] } });
    expect(await db.materialFile.count()).toBe(0);
  });

  it('accepts a file of exactly 20 MB', async () => {
    actAs(admin);
    const limit = new Uint8Array(20 * MB);
    limit.set(pdfBytes());
    expect((await uploadMaterial(uploadForm(1, 1, new File([limit], 'precies.pdf')))).ok).toBe(true);
  });

  it.each([
    ['a material the lesson does not have', 1, 99],
    ['lesson 0', 0, 1],
    ['lesson 9', 9, 1],
    ['a lesson that is not a number', 'een', 1],
  ])('refuses %s', async (_case, lessonNumber, materialNumber) => {
    actAs(admin);
    const result = await uploadMaterial(uploadForm(lessonNumber, materialNumber, new File([pdfBytes()], 'werkblad.pdf')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.values(result.fieldErrors ?? {}).flat()).toContain('Deze bijlage bestaat niet in de lessenreeks.');
    expect(await db.materialFile.count()).toBe(0);
  });

  it('refuses a missing or empty file', async () => {
    actAs(admin);
    for (const file of [null, new File([], 'leeg.pdf')]) {
      const result = await uploadMaterial(uploadForm(1, 1, file));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.file).toEqual(['Kies eerst een bestand.']);
    }
  });
});

describe('programme queries', () => {
  it('return the 8 lessons of the newest version with 7, 7, 6, 6, 4, 7, 7, 4 activities', async () => {
    const overview = await getProgrammeOverview(await currentUserOf(pair.teacher.id));
    expect(overview?.lessons.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(overview?.lessons.map((l) => l.activityCount)).toEqual([7, 7, 6, 6, 4, 7, 7, 4]);
    expect(overview?.lessons.map((l) => l.optional)).toEqual([false, false, false, false, false, false, false, true]);
    expect(overview?.lessons.every((l) => l.timing.kind === 'selfPlanned')).toBe(true);
  });

  it('return a lesson with its activities in order, extras where they belong, and null for an unknown number', async () => {
    const user = await currentUserOf(coordinator.id);
    const lesson1 = await getProgrammeLesson(user, 1);
    expect(lesson1?.activities.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(lesson1?.activities[2]).toMatchObject({ lead: 'TEACHER', teacherGuidance: expect.stringContaining('Leerkracht leidt de activiteit') });
    expect(lesson1?.homework?.due).toEqual({ kind: 'DAYS_BEFORE_NEXT_LESSON', days: 1 });
    expect(lesson1?.evaluation?.questions).toHaveLength(5);
    expect(lesson1?.trustDefinition).toBeNull();
    expect((await getProgrammeLesson(user, 5))?.goalCriteria?.map((c) => c.label)).toEqual(['Toetsbaar', 'Ecologisch', 'Positief', 'Persoonlijk', 'Context']);
    expect((await getProgrammeLesson(user, 7))?.trustDefinition).toMatch(/^Kom afspraken na/);
    const lesson8 = await getProgrammeLesson(user, 8);
    expect(lesson8).toMatchObject({ optional: true, evaluation: null, homework: null, next: null });
    expect(lesson8?.celebration?.items.map((i) => i.key)).toContain('certificate');
    expect(await getProgrammeLesson(user, 9)).toBeNull();
    expect(await getProgrammeLesson(user, 0)).toBeNull();
  });

  it('show the upload state of a lesson’s materials and of the attachments that use them', async () => {
    actAs(admin);
    await uploadMaterial(uploadForm(1, 2, new File([pdfBytes()], 'Sta op als.pdf')));
    const lesson = await getProgrammeLesson(await currentUserOf(pair.careWorker.id), 1);
    expect(lesson?.materials.find((m) => m.number === 2)?.file).toMatchObject({ fileName: 'Sta op als.pdf', downloadUrl: '/api/materials/1/2' });
    expect(lesson?.materials.find((m) => m.number === 1)?.file).toBeNull();
    expect(lesson?.activities.find((a) => a.number === 3)?.attachments).toEqual([
      expect.objectContaining({ number: 2, file: expect.objectContaining({ downloadUrl: '/api/materials/1/2' }) }),
    ]);
  });
});

describe('material download', () => {
  const get = (lesson: string, material: string) => downloadMaterial(new Request(`http://localhost/api/materials/${lesson}/${material}`), { params: Promise.resolve({ lesson, material }) });

  it('gives a signed-in teacher the same bytes, with type, name, length and no caching', async () => {
    actAs(admin);
    const bytes = pdfBytes();
    await uploadMaterial(uploadForm(6, 3, new File([bytes], 'Helpende mensen afbeeldingen – versie ß.pdf')));
    actAs(pair.teacher);
    const response = await get('6', '3');
    expect(response.status).toBe(200);
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(bytes));
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Helpende mensen afbeeldingen _ versie _.pdf"; filename*=UTF-8''Helpende%20mensen%20afbeeldingen%20%E2%80%93%20versie%20%C3%9F.pdf`,
    );
    expect((await readMaterialFile(await currentUserOf(pair.teacher.id), 6, 3))?.size).toBe(bytes.byteLength);
  });

  it('answers 404 when not signed in, when missing and for malformed numbers', async () => {
    actAs(admin);
    await uploadMaterial(uploadForm(6, 3, new File([pdfBytes()], 'x.pdf')));
    actAs(null);
    expect((await get('6', '3')).status).toBe(404);
    actAs(pair.teacher);
    expect((await get('6', '4')).status).toBe(404);
    expect((await get('06', '3')).status).toBe(404);
    expect((await get('6', '3.0')).status).toBe(404);
  });
});
