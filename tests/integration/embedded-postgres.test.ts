/**
 * The embedded database survives what happens on laptops: a hard kill of PostgreSQL, and an
 * app that died and left its PostgreSQL running (the next start stops the orphan cleanly).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../scripts/db/embedded-postgres';

const baseDir = mkdtempSync(path.join(os.tmpdir(), 'bav-embedded-'));
afterAll(() => rmSync(baseDir, { recursive: true, force: true }));

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('keeps its data after kill -9 and after an orphaned server', { timeout: 120_000 }, async () => {
    const first = await startEmbeddedPostgres({ baseDir });
    await query(first.url('postgres'), 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$na de crash$$)');
    process.kill(first.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));

    // Stale postmaster.pid and no clean shutdown: the next start recovers.
    const second = await startEmbeddedPostgres({ baseDir });
    expect(await query(second.url('postgres'), 'SELECT note FROM kept')).toEqual([{ note: 'na de crash' }]);

    // The app "dies" and leaves this server running: a new start stops it and takes over.
    const third = await startEmbeddedPostgres({ baseDir });
    expect(third.pid).not.toBe(second.pid);
    expect(await query(third.url('postgres'), 'SELECT note FROM kept')).toEqual([{ note: 'na de crash' }]);
    await third.stop();
  });

  it('listens on 127.0.0.1 only and keeps its password file private', { timeout: 60_000 }, async () => {
    const server = await startEmbeddedPostgres({ baseDir });
    const rows = await query<{ listen_addresses: string }>(server.url('postgres'), 'SHOW listen_addresses');
    expect(rows[0]?.listen_addresses).toBe('127.0.0.1');
    const mode = spawnSync('stat', ['-c', '%a', path.join(baseDir, 'postgres-password')], { encoding: 'utf8' }).stdout.trim();
    expect(mode).toBe('600');
    await server.stop();
  });
});
