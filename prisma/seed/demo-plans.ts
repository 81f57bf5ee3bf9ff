import type { PrismaClient } from '../../lib/generated/prisma/client';
import { demoLessonStart } from '../../lib/demo/schedule';
import { activityKey, adaptationKey, attentionKey, materialKey } from '../../lib/plans/fields';
import { programme } from '../../lib/programme';

/** Which demo lessons have a plan, and how far along (issue: co-prepare). */
type DemoPlanStatus = 'PREPARING' | 'READY';
const demoPlans: { school: string; lessons: { number: number; status: DemoPlanStatus }[] }[] = [
  {
    school: 'De Vlinderboom',
    lessons: [
      { number: 1, status: 'READY' },
      { number: 2, status: 'READY' },
      { number: 3, status: 'READY' },
      { number: 4, status: 'PREPARING' },
    ],
  },
  { school: 'Het Baken', lessons: [{ number: 1, status: 'READY' }, { number: 2, status: 'READY' }] },
  { school: 'De Linde', lessons: [{ number: 1, status: 'PREPARING' }] },
];

const adaptations: Record<string, Record<string, string>> = {
  'De Vlinderboom': {
    age: 'Groep Zon is 8 tot 10 jaar: korte opdrachten, veel voordoen en plaatjes bij de uitleg.',
    development: 'Twee leerlingen lezen nog moeizaam; werkbladen samen hardop doornemen.',
    groupDynamics: 'Na de pauze is de groep onrustig. We starten met de oefening in de kring en houden vaste plaatsen aan.',
    underlying: 'Let op leerlingen die zich terugtrekken bij vragen over thuis: altijd de keuze geven om te passen.',
  },
  'Het Baken': {
    age: 'Klas 2B (13–15 jaar): serieus aanspreken, niet te kinderachtig. Keuzes laten maken.',
    development: 'Wisselend niveau; mondeling werkt beter dan schrijven.',
    groupDynamics: 'Twee subgroepjes; tweetallen bewust mengen en maatjes vooraf bespreken.',
    underlying: 'Bij spanning mag een leerling even op de gang met de hulpverlener.',
  },
  'De Linde': {
    age: '10 tot 12 jaar.',
    development: '',
    groupDynamics: 'Nieuwe klas dit jaar: eerst veiligheid opbouwen.',
    underlying: '',
  },
};

const notes = [
  'Rustig opbouwen; hulpverlener start en leerkracht sluit aan.',
  'Voorbeeld uit eigen leven geven om het veilig te maken.',
  'Materialen vooraf op de tafels leggen.',
  'Extra tijd voor wie wil vertellen; niemand hoeft.',
];

/** Spreads 45 minutes over the activities: 5 for the opening exercise, the rest evenly. */
function demoMinutes(count: number, index: number, isOpening: boolean): number {
  if (isOpening) return 5;
  const rest = count - 1;
  const base = Math.floor(40 / rest);
  return index === count - 1 ? 40 - base * (rest - 1) : base;
}

/**
 * Lesson plans for the demo classes, with realistic choices, minutes, adaptations, attention
 * points and sign-offs. Idempotent: an existing plan is left as it is.
 */
export async function seedDemoPlans(db: PrismaClient, now = new Date()): Promise<void> {
  const version = await db.programmeVersion.findFirstOrThrow({ orderBy: { version: 'desc' } });
  for (const { school, lessons } of demoPlans) {
    const schoolClass = await db.schoolClass.findFirstOrThrow({
      where: { school: { name: school } },
      include: { team: { include: { user: true } }, pupils: { orderBy: { alias: 'asc' } } },
    });
    const teacher = schoolClass.team.find((m) => m.user.role === 'TEACHER')!.user;
    const careWorker = schoolClass.team.find((m) => m.user.role === 'CARE_WORKER')!.user;
    for (const { number, status } of lessons) {
      const existing = await db.lessonPlan.findUnique({ where: { classId_lessonNumber: { classId: schoolClass.id, lessonNumber: number } } });
      if (existing) continue;
      const lesson = programme.lessons.find((l) => l.number === number)!;
      const scheduledAt = demoLessonStart(school, number, now);
      await db.$transaction(async (tx) => {
        const plan = await tx.lessonPlan.create({
          data: { classId: schoolClass.id, lessonNumber: number, programmeVersionId: version.id, status, scheduledAt },
        });
        const fields: { key: string; value: unknown; by: string }[] = [];
        if (scheduledAt) fields.push({ key: 'scheduledAt', value: scheduledAt.toISOString(), by: teacher.id });
        const ready = status === 'READY';
        lesson.activities.forEach((activity, index) => {
          if (ready || index < 3) {
            fields.push({ key: activityKey(activity.number, 'minutes'), value: demoMinutes(lesson.activities.length, index, activity.recurringOpening), by: index % 2 ? careWorker.id : teacher.id });
          }
          if (activity.options.length > 0 && (ready || index < 3)) {
            const option = activity.options[(number + index) % activity.options.length]!;
            fields.push({ key: activityKey(activity.number, 'option'), value: option.key, by: careWorker.id });
            if (option.ownChoice) fields.push({ key: activityKey(activity.number, 'ownChoice'), value: 'Samen een rustig kringgesprek als afsluiting.', by: careWorker.id });
          }
          if (index % 3 === 1) fields.push({ key: activityKey(activity.number, 'notes'), value: notes[(number + index) % notes.length]!, by: teacher.id });
        });
        for (const [key, value] of Object.entries(adaptations[school] ?? {})) {
          if (value && (ready || key !== 'underlying')) fields.push({ key: adaptationKey(key as 'age'), value, by: key === 'age' ? teacher.id : careWorker.id });
        }
        const [first, second] = schoolClass.pupils;
        if (first) fields.push({ key: attentionKey(first.id), value: 'Zit graag naast de hulpverlener; bij de start even persoonlijk begroeten.', by: careWorker.id });
        if (second && ready) fields.push({ key: attentionKey(second.id), value: 'Vindt vertellen over thuis spannend: laten kiezen om te tekenen in plaats van te vertellen.', by: teacher.id });
        if (ready) for (const material of lesson.materials) fields.push({ key: materialKey(material.number), value: true, by: teacher.id });

        await tx.sharedField.createMany({
          data: fields.map((f) => ({ documentKind: 'PLAN' as const, documentId: plan.id, key: f.key, value: { v: f.value } as never, version: 1, updatedById: f.by })),
        });
        if (ready) await tx.planSignOff.createMany({ data: [{ planId: plan.id, userId: teacher.id }, { planId: plan.id, userId: careWorker.id }] });
      });
    }
  }
}
