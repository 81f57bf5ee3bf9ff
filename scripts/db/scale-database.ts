/**
 * The scale data set's database (`bav_scale`, or SCALE_DATABASE) lives on the same PostgreSQL
 * server as the app's: DATABASE_URL's server when set, else the embedded server in DATA_DIR
 * (.data). When the app is running, its embedded server is used as it is (found through the
 * `database-url` file `npm start` writes); otherwise it is started here and stopped afterwards.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { serverEnvSchema } from '../../lib/env-schema.ts';
import { SCALE_DATABASE } from '../../prisma/seed/scale/account.ts';
import { ConfigError, dataDir } from './database.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';

export interface ScaleServer {
  /** A database on the server other than the scale database, to create and drop it from. */
  adminUrl: string;
  scaleUrl: string;
  /** Stops the server when it was started here; leaves a running app's server alone. */
  stop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openScaleServer(log: (line: string) => void): Promise<ScaleServer> {
  const external = process.env.DATABASE_URL;
  if (external !== undefined) {
    const parsed = serverEnvSchema.shape.DATABASE_URL.safeParse(external);
    if (!parsed.success) throw new ConfigError(`DATABASE_URL ${parsed.error.issues[0]?.message ?? 'is ongeldig'}`);
    const own = new URL(external).pathname.slice(1);
    log('PostgreSQL-server van DATABASE_URL.');
    return { adminUrl: own === SCALE_DATABASE ? withDatabase(external, 'postgres') : external, scaleUrl: withDatabase(external, SCALE_DATABASE), stop: async () => {} };
  }
  const urlFile = path.join(dataDir, 'database-url');
  if (existsSync(urlFile)) {
    const appUrl = readFileSync(urlFile, 'utf8').trim();
    if (await reachable(appUrl)) {
      log('Ingebouwde PostgreSQL van de draaiende app.');
      return { adminUrl: appUrl, scaleUrl: withDatabase(appUrl, SCALE_DATABASE), stop: async () => {} };
    }
  }
  log(`Ingebouwde PostgreSQL in ${path.relative(process.cwd(), dataDir) || '.'} wordt gestart…`);
  const server = await startEmbeddedPostgres({ baseDir: dataDir, log: process.env.DEBUG_POSTGRES ? log : () => {} });
  return { adminUrl: server.url('postgres'), scaleUrl: server.url(SCALE_DATABASE), stop: () => server.stop() };
}

export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/** Drops the database if it exists (closing its connections) and creates it empty. */
export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const identifier = client.escapeIdentifier(name);
    await client.query(`DROP DATABASE IF EXISTS ${identifier} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${identifier}`);
  } finally {
    await client.end();
  }
}
