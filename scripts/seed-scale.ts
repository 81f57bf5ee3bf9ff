/**
 * `npm run seed:scale`: a separate database (bav_scale) on the app's PostgreSQL server with 100
 * schools × 3 classes that ran the whole programme, for the benchmarks. Always starts from an
 * empty database. SCALE_SCHOOLS changes the number of schools; SCALE_DATABASE the database name.
 */
import { SCALE_COORDINATOR, SCALE_DATABASE } from '../prisma/seed/scale/account.ts';
import { ConfigError } from './db/database.ts';
import { openScaleServer } from './db/scale-database.ts';
import { createScaleDatabase, scaleSchoolsFromEnv } from './scale/create-database.ts';

const log = (line: string) => console.log(`[seed:scale] ${line}`);

async function main() {
  const schools = scaleSchoolsFromEnv();
  const server = await openScaleServer(log);
  try {
    const counts = await createScaleDatabase(server, schools, log);
    console.table(counts);
    log(`Coördinator (alle scholen): ${SCALE_COORDINATOR.email} / ${SCALE_COORDINATOR.password}`);
    log(`App op deze gegevens: DATABASE_URL=<server>/${SCALE_DATABASE} SEED_DEMO=false npm start, of npm run bench:scale`);
  } finally {
    await server.stop();
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError ? `Configuratiefout: ${error.message}` : error);
    process.exitCode = 1;
  })
  // The embedded server's stop leaves a 30 s safety timer running; nothing else is left to wait for.
  .finally(() => process.exit());
