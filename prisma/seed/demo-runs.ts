import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { activitySecondsKey, runKeys } from '../../lib/run/fields';
import { resolvePlan } from '../../lib/plans/resolve';
import { getLesson } from '../../lib/programme';
import { calendarDateInAmsterdam } from '../../lib/programme/homework-due';

/*
 * How Groep Zon (De Vlinderboom) gave lessons 1–3 (lesson 3 on the seed day, see lib/demo/schedule.ts):
 * each plan held on its scheduled day, what happened per activity (mostly as planned, one adapted
 * with a note, one skipped because time ran out) and the captures the pair made during the lesson.
 *
 * Runs after seedDemoPlans. Idempotent and never overwrites what users did: a plan is marked held
 * only while it is still ready, outcomes are added only where missing, and captures and the run's
 * clocks only for a lesson that has none yet.
 */

const SCHOOL = 'De Vlinderboom';
const MINUTE = 60_000;

type Kind = 'STRESS' | 'OBSERVATION' | 'HELPED' | 'CONVERSATION_NEEDED';

interface DemoRun {
  /** Minutes more (+) or fewer (−) than planned, per activity number. */
  minutesDelta: Record<number, number>;
  adapted?: { activity: number; note: string };
  skipped?: { activity: number; note: string };
  captures: { minute: number; pupil: string; kind: Kind; text: string; by: 'teacher' | 'careWorker' }[];
}

const demoRuns: Record<number, DemoRun> = {
  1: {
    minutesDelta: { 1: 1, 3: 2, 4: -1, 6: -2 },
    adapted: { activity: 3, note: 'Minder onderwerpen gekozen en de persoonlijke vragen weggelaten: na de pauze was de groep erg onrustig.' },
    captures: [
      { minute: 14, pupil: 'Noor', kind: 'STRESS', text: 'Bleef zitten bij „sta op als je een broer of zus hebt” en keek naar de grond.', by: 'careWorker' },
      { minute: 16, pupil: 'Noor', kind: 'HELPED', text: 'Naast Fenna gaan zitten hielp; daarna stond ze wel op.', by: 'careWorker' },
      { minute: 22, pupil: 'Milan', kind: 'OBSERVATION', text: 'Tekende zijn pleeggezin én zijn moeder, en vertelde er trots over.', by: 'teacher' },
      { minute: 27, pupil: 'Daan', kind: 'STRESS', text: 'Werd boos toen hij niet als eerste mocht vertellen; balde zijn vuisten.', by: 'careWorker' },
      { minute: 29, pupil: 'Daan', kind: 'HELPED', text: 'Even met Jeroen naar de gang om water te drinken; kwam rustig terug.', by: 'careWorker' },
      { minute: 33, pupil: 'Sem', kind: 'CONVERSATION_NEEDED', text: 'Zei bij het nabespreken dat papa „weg” is. Deze week even apart met hem praten.', by: 'teacher' },
    ],
  },
  2: {
    minutesDelta: { 2: 3, 3: 2, 5: 1 },
    skipped: { activity: 6, note: 'De tijd was op; de eindactiviteit doen we volgende les als opening.' },
    captures: [
      { minute: 8, pupil: 'Daan', kind: 'STRESS', text: 'Zijn vijf-vingersblad was niet terug van thuis; trok zijn capuchon over zijn hoofd.', by: 'careWorker' },
      { minute: 10, pupil: 'Daan', kind: 'HELPED', text: 'Jeroen zei dat het niet aan Daan ligt; daarna mocht hij een talent van Lieke voorlezen.', by: 'careWorker' },
      { minute: 12, pupil: 'Lieke', kind: 'OBSERVATION', text: 'Las haar eigen blad voor, met een grote glimlach.', by: 'teacher' },
      { minute: 24, pupil: 'Fenna', kind: 'OBSERVATION', text: 'Gaf Noor uit zichzelf een compliment over haar tekening.', by: 'teacher' },
      { minute: 38, pupil: 'Milan', kind: 'STRESS', text: 'Onrustig bij de top 3; liep rond door de klas.', by: 'careWorker' },
    ],
  },
  3: {
    minutesDelta: { 2: -1, 3: 3, 4: 1, 5: -2 },
    adapted: { activity: 3, note: 'De mind map in tweetallen gemaakt in plaats van alleen; wie wilde mocht tekenen in plaats van schrijven.' },
    captures: [
      { minute: 9, pupil: 'Sem', kind: 'STRESS', text: 'Riep drie keer door de klas tijdens het interview; werd daarna stil en boos op zichzelf.', by: 'careWorker' },
      { minute: 18, pupil: 'Sem', kind: 'HELPED', text: 'Het kaartje op tafel als seintje werkte: twee keer zelf zijn vinger opgestoken.', by: 'teacher' },
      { minute: 21, pupil: 'Noor', kind: 'OBSERVATION', text: 'Vroeg voor het eerst zelf om hulp bij haar mind map.', by: 'teacher' },
      { minute: 26, pupil: 'Milan', kind: 'HELPED', text: 'Samenwerken met Sem ging goed; hij bedacht zelf een rollenspel voor op het plein.', by: 'careWorker' },
      { minute: 35, pupil: 'Lieke', kind: 'CONVERSATION_NEEDED', text: 'Vertelde dat ze ’s nachts slecht slaapt. Navragen bij haar tante en een gesprek plannen.', by: 'careWorker' },
    ],
  },
};

export async function seedDemoRuns(db: PrismaClient): Promise<void> {
  const schoolClass = await db.schoolClass.findFirst({
    where: { school: { name: SCHOOL } },
    include: { team: { include: { user: true } }, pupils: true },
  });
  if (!schoolClass) return;
  const teacher = schoolClass.team.find((m) => m.user.role === 'TEACHER')?.user;
  const careWorker = schoolClass.team.find((m) => m.user.role === 'CARE_WORKER')?.user;
  if (!teacher || !careWorker) return;
  const pupilId = new Map(schoolClass.pupils.map((p) => [p.alias, p.id]));

  for (const [number, run] of Object.entries(demoRuns).map(([n, r]) => [Number(n), r] as const)) {
    const plan = await db.lessonPlan.findUnique({ where: { classId_lessonNumber: { classId: schoolClass.id, lessonNumber: number } } });
    const lesson = getLesson(number);
    if (!plan?.scheduledAt || !lesson) continue;
    const start = plan.scheduledAt;
    const fields = await db.sharedField.findMany({ where: { documentKind: 'PLAN', documentId: plan.id } });
    const planned = resolvePlan(
      lesson,
      Object.fromEntries(fields.map((f) => [f.key, { value: (f.value as { v?: string | number | boolean | null }).v ?? null, version: f.version, updatedBy: f.updatedById, updatedAt: null }])),
    );
    const activities = planned.activities
      .filter((a) => a.included)
      .map((a) => {
        const skipped = run.skipped?.activity === a.number;
        const adapted = run.adapted?.activity === a.number;
        return {
          number: a.number,
          outcome: skipped ? ('SKIPPED' as const) : adapted ? ('ADAPTED' as const) : ('AS_PLANNED' as const),
          note: skipped ? run.skipped!.note : adapted ? run.adapted!.note : null,
          actualMinutes: skipped ? 0 : Math.max(1, (a.minutes ?? 5) + (run.minutesDelta[a.number] ?? 0)),
        };
      });

    await db.$transaction(async (tx) => {
      if (plan.status === 'READY') {
        await tx.lessonPlan.update({ where: { id: plan.id }, data: { status: 'HELD', heldOn: calendarDateInAmsterdam(start) } });
      }
      await tx.activityOutcome.createMany({
        data: activities.map((a) => ({ planId: plan.id, activityNumber: a.number, outcome: a.outcome, note: a.note, actualMinutes: a.actualMinutes, recordedById: teacher.id })),
        skipDuplicates: true,
      });

      // The activity that was on at a minute of the lesson, from the minutes it actually took.
      const activityAt = (minute: number) => {
        let end = 0;
        for (const a of activities) {
          end += a.actualMinutes;
          if (minute < end) return a.number;
        }
        return activities.at(-1)?.number ?? null;
      };
      if ((await tx.capture.count({ where: { planId: plan.id } })) === 0) {
        await tx.capture.createMany({
          data: run.captures
            .filter((c) => pupilId.has(c.pupil))
            .map((c) => ({
              id: randomUUID(),
              planId: plan.id,
              pupilId: pupilId.get(c.pupil)!,
              kind: c.kind,
              text: c.text,
              activityNumber: activityAt(c.minute),
              capturedAt: new Date(start.getTime() + c.minute * MINUTE),
              authorId: c.by === 'teacher' ? teacher.id : careWorker.id,
            })),
        });
      }

      // The run's clocks as they stood at "Les afgerond", so the held lesson shows the time per activity.
      if ((await tx.sharedField.count({ where: { documentKind: 'RUN', documentId: plan.id } })) === 0) {
        const total = activities.reduce((sum, a) => sum + a.actualMinutes, 0);
        const last = activities.at(-1);
        const iso = (minutes: number) => ({ v: new Date(start.getTime() + minutes * MINUTE).toISOString() });
        const run: { key: string; value: { v: string | number } }[] = [
          { key: runKeys.currentActivity, value: { v: last?.number ?? 1 } },
          { key: runKeys.lessonStartedAt, value: iso(0) },
          { key: runKeys.activityStartedAt, value: iso(total - (last?.actualMinutes ?? 0)) },
          { key: runKeys.pausedAt, value: iso(total) },
          ...activities.filter((a) => a !== last && a.actualMinutes > 0).map((a) => ({ key: activitySecondsKey(a.number), value: { v: a.actualMinutes * 60 } })),
        ];
        await tx.sharedField.createMany({
          data: run.map((f) => ({ documentKind: 'RUN' as const, documentId: plan.id, key: f.key, value: f.value, version: 1, updatedById: teacher.id })),
        });
      }
    });
  }
}
