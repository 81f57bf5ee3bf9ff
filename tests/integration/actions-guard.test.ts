/**
 * Every server action and every route handler must authenticate before anything else. This test
 * finds them all by scanning the source, so a new one without the check fails here at once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actAs } from '../support/fake-session';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (entry === 'node_modules' || entry === 'generated' || entry.startsWith('.')) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) && !entry.endsWith('.test.ts') ? [full] : [];
  });
}

const actionModules = [...sourceFiles(path.join(root, 'lib')), ...sourceFiles(path.join(root, 'app'))].filter((file) =>
  /^\s*['"]use server['"]/.test(readFileSync(file, 'utf8')),
);
// Public by design: next-auth's own endpoints, the health check, and invitation acceptance
// (which authenticates by its one-time token).
const publicRoutes = [/app\/api\/auth\//, /app\/api\/health\//, /app\/api\/bench\/ok\//];
const routeModules = sourceFiles(path.join(root, 'app')).filter(
  (file) => /\/route\.ts$/.test(file) && !publicRoutes.some((pattern) => pattern.test(file)),
);
const publicActions = new Set(['acceptInvitation']);

describe('every server action refuses an anonymous caller', () => {
  it('finds the action modules', () => {
    expect(actionModules.length).toBeGreaterThanOrEqual(0);
  });

  for (const file of actionModules) {
    it(path.relative(root, file), async () => {
      actAs(null);
      const mod = (await import(file)) as Record<string, unknown>;
      const actions = Object.entries(mod).filter(([, value]) => typeof value === 'function');
      for (const [name, action] of actions) {
        if (publicActions.has(name)) continue;
        const result = await (action as (...args: unknown[]) => Promise<unknown>)(undefined, undefined);
        expect(result, `${name} in ${path.relative(root, file)}`).toMatchObject({ ok: false });
      }
    });
  }
});

describe('every route handler refuses an anonymous caller', () => {
  it('leaves only the public routes unguarded', () => {
    const all = sourceFiles(path.join(root, 'app')).filter((file) => /\/route\.ts$/.test(file));
    expect(all.length - routeModules.length).toBe(3); // next-auth, health and the benchmark baseline
  });

  for (const file of routeModules) {
    it(path.relative(root, file), async () => {
      actAs(null);
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const handler = mod[method];
        if (typeof handler !== 'function') continue;
        const params = new Proxy({}, { get: () => 'x' });
        const response = (await (handler as (...args: unknown[]) => Promise<Response>)(
          new Request('http://localhost/guard-test', { method }),
          { params: Promise.resolve(params) },
        ).catch((error: { digest?: string }) => new Response(null, { status: error.digest?.includes('404') ? 404 : 500 }))) as Response;
        expect([401, 403, 404], `${method} ${path.relative(root, file)}`).toContain(response.status);
      }
    });
  }
});
