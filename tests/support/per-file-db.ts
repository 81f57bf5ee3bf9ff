/**
 * Runs before each integration test file: clones the migrated template into a database of its
 * own and points DATABASE_URL at it before any app module (lib/db.ts) is loaded.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject, vi } from 'vitest';

vi.mock('@/lib/auth/session', () => import('./fake-session'));
vi.mock('../../lib/auth/session', () => import('./fake-session'));
vi.mock('next/cache', () => import('./next-stubs'));

const adminUrl = inject('postgresAdminUrl');
const template = inject('templateDatabase');
const name = `test_${randomBytes(6).toString('hex')}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.NEXTAUTH_SECRET ??= 'integration-tests-secret-of-at-least-32-chars';
process.env.SEED_DEMO = 'true';

afterAll(async () => {
  // Close the app's pool first so the database can be dropped.
  const { db } = await import('../../lib/db');
  await db.$disconnect();
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
});
