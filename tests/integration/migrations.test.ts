/**
 * Drift check: a database built from the committed migrations must have exactly the structure
 * that schema.prisma describes. We build both (migrations vs. a script generated from the
 * schema) and compare their catalogs, since the engine cannot introspect through the adapter.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it, inject } from 'vitest';
import { applyMigrations, diffSchemas, readSchema, readSchemaSnapshot } from '../../scripts/db/schema-engine';

const adminUrl = inject('postgresAdminUrl');

function urlFor(name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withScratchDatabase<T>(run: (url: string, client: pg.Client) => Promise<T>): Promise<T> {
  const name = `drift_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const client = new pg.Client({ connectionString: urlFor(name) });
  await client.connect();
  try {
    return await run(urlFor(name), client);
  } finally {
    await client.end();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Tables, columns, types, defaults, constraints, indexes and enums, as comparable text. */
async function catalog(client: pg.Client): Promise<string[]> {
  const queries = [
    `SELECT 'col ' || table_name || '.' || column_name || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '')
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    `SELECT 'con ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`,
    `SELECT 'idx ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
  ];
  const rows: string[] = [];
  for (const sql of queries) rows.push(...(await client.query<{ '?column?': string }>(sql)).rows.map((r) => Object.values(r)[0] as string));
  return rows.sort();
}

/**
 * Indexes schema.prisma cannot describe (expression indexes, e.g. full-text search), written as
 * raw SQL in their migration: they must exist, and are left out of the comparison.
 */
const rawSqlIndexes = ['EvaluationAnswer_text_dutch_idx', 'EvaluationAmendment_text_dutch_idx'];
const isRawSqlIndex = (row: string) => rawSqlIndexes.some((name) => row.startsWith(`idx CREATE INDEX "${name}" `));

describe('migrations', () => {
  it('build exactly the structure schema.prisma describes', async () => {
    const fromMigrations = await withScratchDatabase(async (url, client) => {
      await applyMigrations(url);
      const rows = await catalog(client);
      expect(rows.filter(isRawSqlIndex)).toHaveLength(rawSqlIndexes.length);
      return rows.filter((row) => !isRawSqlIndex(row));
    });
    const fromSchema = await withScratchDatabase(async (url, client) => {
      await client.query(await diffSchemas(url, null, await readSchema()));
      return catalog(client);
    });
    expect(fromMigrations.length).toBeGreaterThan(20);
    expect(fromMigrations).toEqual(fromSchema);
  });

  it('keep the schema snapshot in step with schema.prisma (run `npm run db:migrate -- create <name>`)', async () => {
    expect(await readSchemaSnapshot()).toBe(await readSchema());
  });

  it('apply nothing a second time', async () => {
    await withScratchDatabase(async (url) => {
      expect((await applyMigrations(url)).length).toBeGreaterThan(0);
      expect(await applyMigrations(url)).toEqual([]);
    });
  });
});
