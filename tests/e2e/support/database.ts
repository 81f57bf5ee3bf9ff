/**
 * Direct access to the e2e app's database, for setting up what another feature's screens would
 * have done (a lesson given in run mode, talents collected in lesson 2) and for checking what
 * the screens cannot show (how many submissions were stored).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const dataDir = path.resolve(process.env.DATA_DIR ?? '.data/e2e');
  const client = new pg.Client({ connectionString: readFileSync(path.join(dataDir, 'database-url'), 'utf8').trim() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
