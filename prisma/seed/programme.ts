import { createHash } from 'node:crypto';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { programme } from '../../lib/programme';

/**
 * Stores the programme content as an immutable version. Seeding the same content again is a
 * no-op; changed content under an existing version number is refused, so a correction always
 * becomes a new version and never rewrites what past lesson plans were made from.
 */
export async function seedProgramme(db: PrismaClient): Promise<void> {
  const contentHash = createHash('sha256').update(JSON.stringify(programme)).digest('hex');
  const existing = await db.programmeVersion.findUnique({ where: { version: programme.version } });
  if (existing) {
    if (existing.contentHash !== contentHash) {
      throw new Error(
        `De inhoud van lessenreeks versie ${programme.version} is gewijzigd. Verhoog "version" in lib/programme/index.ts, zodat bestaande lesplannen hun versie houden.`,
      );
    }
    return;
  }
  const { lessons, evaluation, ...rest } = programme;
  await db.$transaction(
    async (tx) => {
      const version = await tx.programmeVersion.create({
        data: {
          version: programme.version,
          title: programme.title,
          contentHash,
          extras: {
            goalCriteria: rest.goalCriteria,
            trustDefinition: rest.trustDefinition,
            celebration: rest.celebration,
            logbookPrompt: evaluation.logbookPrompt,
            conversationsPrompt: evaluation.conversationsPrompt,
          },
          questions: {
            create: evaluation.questions.map((q) => ({ number: q.number, key: q.key, text: q.text, parts: q.parts })),
          },
        },
      });
      for (const lesson of lessons) {
        await tx.programmeLesson.create({
          data: {
            programmeVersionId: version.id,
            number: lesson.number,
            optional: lesson.optional,
            title: lesson.title,
            theme: lesson.theme,
            rationale: lesson.rationale,
            preparation: lesson.preparation,
            homework: lesson.homework ?? undefined,
            materials: { create: lesson.materials.map((m) => ({ number: m.number, title: m.title, description: m.description })) },
            activities: {
              create: lesson.activities.map((a) => ({
                number: a.number,
                title: a.title,
                recurringOpening: a.recurringOpening,
                purpose: a.purpose,
                guidance: a.guidance,
                teacherGuidance: a.teacherGuidance,
                careWorkerGuidance: a.careWorkerGuidance,
                lead: a.lead,
                minutes: a.minutes,
                optional: a.optional,
                attachments: a.attachments,
                mentorHomework: a.mentorHomework,
                pupilFacingText: a.pupilFacingText,
                options: {
                  create: a.options.map((o, position) => ({ key: o.key, position, label: o.label, description: o.description, ownChoice: o.ownChoice })),
                },
              })),
            },
          },
        });
      }
    },
    { timeout: 60_000 },
  );
}
