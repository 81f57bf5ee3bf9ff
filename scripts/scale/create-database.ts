/**
 * Makes the scale database from scratch: drop and create it, apply the migrations, seed the
 * scale data set, and ANALYZE so the planner knows the tables' sizes before anyone measures.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client.ts';
import { SCALE_DATABASE } from '../../prisma/seed/scale/account.ts';
import { seedScale, type ScaleCounts } from '../../prisma/seed/scale/seed.ts';
import { recreateDatabase, type ScaleServer } from '../db/scale-database.ts';
import { applyMigrations } from '../db/schema-engine.ts';

/** SCALE_SCHOOLS (default 100): three classes each. */
export function scaleSchoolsFromEnv(): number {
  const schools = Number(process.env.SCALE_SCHOOLS ?? 100);
  if (!Number.isInteger(schools) || schools < 1 || schools > 2000) throw new Error(`SCALE_SCHOOLS moet een heel getal van 1 tot 2000 zijn (gekregen: "${process.env.SCALE_SCHOOLS}")`);
  return schools;
}

export async function createScaleDatabase(server: ScaleServer, schools: number, log: (line: string) => void): Promise<ScaleCounts> {
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  await recreateDatabase(server.adminUrl, SCALE_DATABASE);
  await applyMigrations(server.scaleUrl);
  log(`Database ${SCALE_DATABASE} leeg aangemaakt en gemigreerd (${seconds()}).`);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.scaleUrl, max: 2 }) });
  try {
    const counts = await seedScale(db, { schools, log: (line) => log(`${line} (${seconds()})`) });
    await db.$executeRawUnsafe('ANALYZE');
    log(`Klaar in ${seconds()}.`);
    return counts;
  } finally {
    await db.$disconnect();
  }
}
