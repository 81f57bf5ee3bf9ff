/**
 * Resolves the database the app and its scripts use: DATABASE_URL when set (nothing embedded
 * is started), else the embedded PostgreSQL in .data/.
 */
import path from 'node:path';
import { serverEnvSchema } from '../../lib/env-schema.ts';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres.ts';
import { projectRoot } from './schema-engine.ts';

/** Where the embedded database, its password and the generated auth secret live. */
export const dataDir = path.resolve(projectRoot, process.env.DATA_DIR ?? '.data');
export const EMBEDDED_DATABASE = 'bouwen';

export class ConfigError extends Error {}

export interface ResolvedDatabase {
  url: string;
  embedded?: EmbeddedServer;
}

export async function resolveDatabase(log: (line: string) => void): Promise<ResolvedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external !== undefined) {
    const parsed = serverEnvSchema.shape.DATABASE_URL.safeParse(external);
    if (!parsed.success) throw new ConfigError(`DATABASE_URL ${parsed.error.issues[0]?.message ?? 'is ongeldig'}`);
    return { url: external };
  }
  const embedded = await startEmbeddedPostgres({ baseDir: dataDir, log: process.env.DEBUG_POSTGRES ? log : () => {} });
  await ensureDatabase(embedded.url('postgres'), EMBEDDED_DATABASE);
  return { url: embedded.url(EMBEDDED_DATABASE), embedded };
}
