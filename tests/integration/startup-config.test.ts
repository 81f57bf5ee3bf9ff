/** A bad configuration stops `npm start` with one clear line, before anything starts. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { NODE_ENV: 'production', PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: path.join(root, '.data', 'config-test'), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe('start-up configuration', () => {
  it.each([
    [{ PORT: 'abc' }, /^Configuratiefout: PORT moet een poortnummer zijn/],
    [{ PORT: '70000' }, /^Configuratiefout: PORT moet tussen 1 en 65535 liggen/],
    [{ DATABASE_URL: 'mysql://user@host/db' }, /^Configuratiefout: DATABASE_URL moet een PostgreSQL-URL zijn/],
    [{ DATABASE_URL: '' }, /^Configuratiefout: DATABASE_URL moet een PostgreSQL-URL zijn/],
    [{ SEED_DEMO: 'misschien' }, /^Configuratiefout: SEED_DEMO moet true of false zijn/],
    [{ APP_HEAP_MB: '64' }, /^Configuratiefout: APP_HEAP_MB moet een geheel aantal MB tussen 128 en 16384 zijn/],
  ])('%o stops with one line', (env, message) => {
    const { status, stderr } = start(env);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(1);
  });
});
