/**
 * The project's migration command (Prisma's format, Prisma's own engine in WebAssembly):
 *   npm run db:migrate -- deploy          apply pending migrations
 *   npm run db:migrate -- status          list applied and pending migrations
 *   npm run db:migrate -- create <name>   write the next migration from the schema change
 * Uses DATABASE_URL, or the embedded database when it is not set.
 */
import { mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ConfigError, resolveDatabase } from './db/database.ts';
import {
  applyMigrations,
  diffSchemas,
  migrationsDir,
  readMigrations,
  readSchema,
  readSchemaSnapshot,
  schemaPath,
  schemaSnapshotPath,
} from './db/schema-engine.ts';

const [command = 'deploy', name] = process.argv.slice(2);
const database = await resolveDatabase((line) => console.log(line)).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuratiefout: ${error.message}` : error);
  process.exit(1);
});

try {
  if (command === 'deploy') {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Toegepast: ${applied.join(', ')}` : 'Database is bij: geen migraties toe te passen.');
  } else if (command === 'status') {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const applied = await client
      .query<{ migration_name: string }>('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL')
      .then((r) => new Set(r.rows.map((row) => row.migration_name)))
      .catch(() => new Set<string>());
    await client.end();
    for (const dir of (await readMigrations()).migrationDirectories) {
      console.log(`${applied.has(dir.path) ? 'toegepast ' : 'open      '} ${dir.path}`);
    }
  } else if (command === 'create') {
    if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('Geef een naam in kleine letters, cijfers en _: create <naam>');
    const sql = await diffSchemas(database.url, await readSchemaSnapshot(), await readSchema());
    if (!sql) {
      console.log('Geen wijziging in prisma/schema.prisma: geen migratie nodig.');
    } else {
      const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
      const dir = path.join(migrationsDir, `${stamp}_${name}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'migration.sql'), sql + '\n');
      writeFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
      copyFileSync(schemaPath, schemaSnapshotPath);
      console.log(`Nieuwe migratie: ${path.relative(process.cwd(), dir)}`);
    }
  } else {
    throw new Error(`Onbekend commando "${command}": gebruik deploy, status of create <naam>`);
  }
} finally {
  await database.embedded?.stop();
}
