/**
 * Prisma's WebAssembly schema engine, driven through @prisma/adapter-pg.
 *
 * Prisma 7's CLI downloads a native schema engine for `migrate`, which is not reachable on
 * offline or firewalled machines. The same engine ships as WebAssembly in the npm registry;
 * we load it here so migrations work everywhere and keep Prisma's own format
 * (prisma/migrations/<name>/migration.sql, recorded in `_prisma_migrations`), so a host
 * with internet access can still run `prisma migrate deploy` against the same database.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);

export const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');

type Glue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let engineModule: Promise<Glue> | undefined;

/** Instantiates the wasm ourselves: Node 20 cannot import `.wasm` as an ES module without a flag. */
function loadEngineModule(): Promise<Glue> {
  engineModule ??= (async () => {
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Glue;
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

export async function readSchema(): Promise<string> {
  return readFile(schemaPath, 'utf8');
}

export async function readMigrations(dir = migrationsDir): Promise<MigrationList> {
  const names = existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    : [];
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok' as const, value: await readFile(path.join(dir, name, 'migration.sql'), 'utf8') },
        },
      })),
    ),
  };
}

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Opens the engine against a database (it connects at once, even for a pure model diff),
 * runs `run`, and always closes it.
 * Engine logs are dropped unless DEBUG_MIGRATIONS is set.
 */
export async function withSchemaEngine<T>(databaseUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const glue = await loadEngineModule();
  const schema = await readSchema();
  // The engine does not close the pools it opens; track them and dispose of them ourselves,
  // or the database cannot be dropped (tests) and the process cannot exit.
  const pg = new PrismaPg({ connectionString: databaseUrl });
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: pg.provider,
    adapterName: pg.adapterName,
    connect: async () => {
      const adapter = await pg.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await pg.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const factory = bindMigrationAwareSqlAdapterFactory(tracked);
  const log = (message: string) => {
    if (process.env.DEBUG_MIGRATIONS) console.error(message);
  };
  const engine = await glue.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, factory);
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

/** Applies every migration not yet applied; returns the names it applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const migrationsList = await readMigrations();
  return withSchemaEngine(databaseUrl, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  });
}

/** The schema as of the newest migration, kept so the next migration is a pure model diff. */
export const schemaSnapshotPath = path.join(migrationsDir, 'schema.snapshot.prisma');

/**
 * SQL that takes a database from one Prisma schema to another (null = empty database).
 * Model to model: the engine cannot introspect a live database through the adapter
 * ("Column type 'char' could not be deserialized"), and needs none for this.
 */
export async function diffSchemas(databaseUrl: string, from: string | null, to: string): Promise<string> {
  return withSchemaEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from: from === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: from }] },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: to }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = (result.stdout ?? '').trim();
    return sql === '-- This is an empty migration.' ? '' : sql;
  });
}

export async function readSchemaSnapshot(): Promise<string | null> {
  return existsSync(schemaSnapshotPath) ? readFile(schemaSnapshotPath, 'utf8') : null;
}
