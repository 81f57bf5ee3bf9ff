/**
 * The admin schemas and actions answer with message keys; each must exist in messages/nl,
 * or the form would show the key itself instead of a Dutch sentence.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const sources = [
  ...walk(path.join(root, 'lib/admin')),
  path.join(root, 'lib/auth/set-password-schema.ts'),
  path.join(root, 'lib/auth/invitation-actions.ts'),
  path.join(root, 'components/forms/use-server-form.ts'),
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return walk(full);
    return full.endsWith('.ts') && !full.endsWith('.test.ts') ? [full] : [];
  });
}

function lookup(key: string): unknown {
  const [namespace, ...rest] = key.split('.');
  let node: unknown = JSON.parse(readFileSync(path.join(root, 'messages/nl', `${namespace}.json`), 'utf8'));
  for (const part of rest) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

describe('message keys used by admin schemas and actions', () => {
  const keys = new Set(sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'((?:admin|forms|auth)\.[A-Za-z0-9.]+)'/g)].map((m) => m[1]!)));

  it('are found in the sources', () => {
    expect(keys.size).toBeGreaterThan(15);
  });

  for (const key of keys) {
    it(`${key} is a Dutch message`, () => {
      expect(typeof lookup(key)).toBe('string');
    });
  }
});
