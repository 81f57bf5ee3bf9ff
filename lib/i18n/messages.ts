import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from './config';

/**
 * Messages live in messages/<locale>/<namespace>.json, one file per area of the app, so
 * features can be worked on side by side; every file there is a namespace.
 */
export function namespacesOf(locale: Locale): string[] {
  return readdirSync(path.join(process.cwd(), 'messages', locale))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    namespacesOf(locale).map(async (ns) => [ns, (await import(`../../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
