/**
 * The capture and outcome actions called by the pair with arbitrary input (anyone can POST
 * anything to a server action): they never throw, answer ok or with messages, and never write
 * half: a refusal leaves every table as it was; a success writes the row and its audit entry.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { recordOutcome } from '@/lib/run/actions';
import { saveCapture, updateCapture } from '@/lib/run/capture-actions';
import { seedProgramme } from '../../prisma/seed/programme';
import { actAs } from '../support/fake-session';
import { createClassWithPair } from '../support/factories';
import { captureInput, readyLesson, runCounts } from '../support/run-data';

let lesson: Awaited<ReturnType<typeof readyLesson>>;
let otherPupilId: string;
let ownCaptureId: string;

beforeAll(async () => {
  await seedProgramme(db);
  lesson = await readyLesson();
  otherPupilId = (await createClassWithPair()).pupils[0]!.id;
  actAs(lesson.teacher);
  const own = captureInput(lesson.planId, lesson.pupils[0]!.id);
  await saveCapture(own);
  ownCaptureId = own.id;
});

const texts = fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('', '   ', 'x'.repeat(280), 'x'.repeat(281), 'tekst\u0000met nul', 'Rustig na even naar buiten'), fc.constant(null));
const anything = fc.oneof(fc.anything(), fc.integer(), fc.string(), fc.constant(undefined));

function maybe<T>(arb: fc.Arbitrary<T>) {
  return fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: anything });
}

describe('saveCapture with arbitrary input', () => {
  it('never throws and never writes half', async () => {
    const pupilIds = () => fc.constantFrom(lesson.pupils[0]!.id, lesson.pupils[1]!.id, otherPupilId, 'bestaatniet', '');
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            id: maybe(fc.oneof(fc.uuid({ version: 4 }), fc.constantFrom(ownCaptureId, 'geen-uuid'))),
            planId: maybe(fc.constantFrom(lesson.planId, 'bestaatniet')),
            pupilId: maybe(pupilIds()),
            kind: maybe(fc.constantFrom('STRESS', 'OBSERVATION', 'HELPED', 'CONVERSATION_NEEDED', 'BOOS')),
            text: maybe(texts),
            activityNumber: maybe(fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constant(null))),
            capturedAt: maybe(fc.oneof(fc.date({ noInvalidDate: true, min: new Date('2020-01-01'), max: new Date('2030-01-01') }).map((d) => d.toISOString()), fc.constant('gisteren'))),
          },
          { requiredKeys: [] },
        ),
        async (input) => {
          const before = await runCounts();
          const result = await saveCapture(input);
          expect(typeof result.ok).toBe('boolean');
          const after = await runCounts();
          if (!result.ok || result.data.duplicate) {
            expect(after).toEqual(before);
          } else {
            expect(after).toEqual({ ...before, captures: before.captures + 1, audit: before.audit + 1 });
            expect(await db.auditLog.count({ where: { action: 'capture.create', entityId: result.data.id } })).toBe(1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('updateCapture with arbitrary input', () => {
  it('never throws and changes the capture only together with its audit entry', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ id: maybe(fc.constantFrom(ownCaptureId, crypto.randomUUID(), 'x')), kind: maybe(fc.constantFrom('STRESS', 'HELPED', 'NEE')), text: maybe(texts) }, { requiredKeys: [] }),
        async (input) => {
          const before = await runCounts();
          const row = await db.capture.findUniqueOrThrow({ where: { id: ownCaptureId }, select: { kind: true, text: true } });
          const result = await updateCapture(input);
          const after = await runCounts();
          if (result.ok) expect(after).toEqual({ ...before, audit: before.audit + 1 });
          else {
            expect(after).toEqual(before);
            expect(await db.capture.findUniqueOrThrow({ where: { id: ownCaptureId }, select: { kind: true, text: true } })).toEqual(row);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('recordOutcome with arbitrary input', () => {
  it('never throws and never writes half', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            planId: maybe(fc.constantFrom(lesson.planId, 'bestaatniet')),
            activityNumber: maybe(fc.integer({ min: -1, max: 12 })),
            outcome: maybe(fc.constantFrom('AS_PLANNED', 'ADAPTED', 'SKIPPED', 'MISSCHIEN')),
            note: maybe(fc.oneof(texts, fc.constant('x'.repeat(1001)))),
            actualMinutes: maybe(fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double(), fc.constant(null))),
          },
          { requiredKeys: [] },
        ),
        async (input) => {
          const before = await db.activityOutcome.findMany({ where: { planId: lesson.planId }, orderBy: { activityNumber: 'asc' }, omit: { updatedAt: true } });
          const result = await recordOutcome(input);
          expect(typeof result.ok).toBe('boolean');
          const after = await db.activityOutcome.findMany({ where: { planId: lesson.planId }, orderBy: { activityNumber: 'asc' }, omit: { updatedAt: true } });
          if (!result.ok) expect(after).toEqual(before);
          else {
            const row = after.find((o) => o.activityNumber === result.data.activityNumber);
            expect(row?.outcome).toBe((input as { outcome: string }).outcome);
            if (row?.outcome === 'ADAPTED') expect(row.note).toBeTruthy();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
