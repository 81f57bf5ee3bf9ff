/**
 * Seeds the programme content and, unless SEED_DEMO=false, the demo schools and accounts.
 * Safe to run on every start: a second run changes nothing.
 */
import { db } from '../lib/db';
import { env } from '../lib/env';
import { seedDemo } from './seed/demo';
import { seedProgramme } from './seed/programme';

async function main() {
  await seedProgramme(db);
  console.log('[seed] Lessenreeks aanwezig.');
  if (env().SEED_DEMO) {
    await seedDemo(db);
    console.log('[seed] Demogegevens aanwezig.');
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
