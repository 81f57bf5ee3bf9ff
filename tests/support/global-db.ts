/**
 * Integration tests: one embedded PostgreSQL for the whole run, a template database migrated
 * once, and (in per-file-db.ts) a fresh clone of it for every test file. Real database, no mocks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../scripts/db/embedded-postgres';
import { applyMigrations } from '../../scripts/db/schema-engine';

export const TEMPLATE_DATABASE = 'test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const baseDir = mkdtempSync(path.join(os.tmpdir(), 'bav-test-db-'));
  const server = await startEmbeddedPostgres({ baseDir, durable: false });
  const adminUrl = server.url('postgres');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await client.end();
  await applyMigrations(server.url(TEMPLATE_DATABASE));

  project.provide('postgresAdminUrl', adminUrl);
  project.provide('templateDatabase', TEMPLATE_DATABASE);

  return async () => {
    await server.stop();
    rmSync(baseDir, { recursive: true, force: true });
  };
}
