/**
 * Writes the scale data set (see build.ts) into a database: the programme, one coordinator for
 * all schools, and `schools` schools with their classes' whole programme. Expects a database
 * without scale data (`npm run seed:scale` makes a fresh one). Fast on purpose: rows are built in
 * memory per batch of schools and written with multi-row inserts, one transaction per batch.
 */
import type { PrismaClient, Prisma } from '../../../lib/generated/prisma/client';
import { hashPassword } from '../../../lib/auth/password';
import { programme } from '../../../lib/programme';
import { seedProgramme } from '../programme';
import { SCALE_COORDINATOR } from './account';
import { buildSchools, type BuildContext, type ScaleRows } from './build';
import { insertRows } from './insert';
import { Random } from './random';

export interface ScaleOptions {
  schools: number;
  classesPerSchool?: number;
  /** Same seed and size, same data (apart from ids and pupil codes). */
  seed?: number;
  now?: Date;
  /** Schools per transaction. */
  batchSchools?: number;
  log?: (line: string) => void;
}

export type ScaleCounts = { [K in keyof ScaleRows]: number };

/** Inserts a batch in dependency order (parents before the rows that point at them). */
async function writeRows(tx: Prisma.TransactionClient, rows: ScaleRows): Promise<void> {
  await insertRows(tx, 'School', rows.schools);
  await insertRows(tx, 'Class', rows.classes);
  await insertRows(tx, 'User', rows.users);
  await insertRows(tx, 'ClassTeamMember', rows.team);
  await insertRows(tx, 'Pupil', rows.pupils);
  await insertRows(tx, 'PupilMentor', rows.mentors);
  await insertRows(tx, 'LessonPlan', rows.plans);
  await insertRows(tx, 'SharedField', rows.sharedFields);
  await insertRows(tx, 'PlanSignOff', rows.signOffs);
  await insertRows(tx, 'ActivityOutcome', rows.outcomes);
  await insertRows(tx, 'Capture', rows.captures);
  await insertRows(tx, 'Evaluation', rows.evaluations);
  await insertRows(tx, 'EvaluationAnswer', rows.answers);
  await insertRows(tx, 'EvaluationConfirmation', rows.confirmations);
  await insertRows(tx, 'EvaluationAmendment', rows.amendments);
  await insertRows(tx, 'LogbookEntry', rows.logbooks);
  await insertRows(tx, 'HomeworkAssignment', rows.homework);
  await insertRows(tx, 'FollowUpRecord', rows.followUps);
}

export async function seedScale(db: PrismaClient, options: ScaleOptions): Promise<ScaleCounts> {
  const { schools, classesPerSchool = 3, seed = 20261, now = new Date(), batchSchools = 10, log = () => {} } = options;
  await seedProgramme(db);
  const version = await db.programmeVersion.findUniqueOrThrow({ where: { version: programme.version } });
  // One hash for every account of the data set: argon2 is slow on purpose, 600 hashes would take minutes.
  const passwordHash = await hashPassword(SCALE_COORDINATOR.password);
  await db.user.upsert({
    where: { email: SCALE_COORDINATOR.email },
    update: { passwordHash, active: true, role: 'COORDINATOR', coordinatorAllSchools: true },
    create: { email: SCALE_COORDINATOR.email, name: SCALE_COORDINATOR.name, role: 'COORDINATOR', coordinatorAllSchools: true, passwordHash },
  });

  const context: BuildContext = {
    random: new Random(seed),
    lessons: programme.lessons,
    programmeVersionId: version.id,
    passwordHash,
    now,
    classesPerSchool,
    usedCodes: new Set((await db.pupil.findMany({ select: { code: true } })).map((p) => p.code)),
  };
  const counts = Object.fromEntries(Object.keys(buildSchools(context, 0, 0)).map((k) => [k, 0])) as ScaleCounts;
  for (let first = 0; first < schools; first += batchSchools) {
    const rows = buildSchools(context, first, Math.min(batchSchools, schools - first));
    await db.$transaction((tx) => writeRows(tx, rows), { timeout: 600_000, maxWait: 60_000 });
    for (const key of Object.keys(counts) as (keyof ScaleRows)[]) counts[key] += rows[key].length;
    log(`${Math.min(first + batchSchools, schools)}/${schools} scholen (${counts.plans} lesplannen, ${counts.answers} antwoorden)`);
  }
  return counts;
}
