import type { Locale } from './config';

/**
 * Messages live in messages/<locale>/<namespace>.json, one file per area of the app, so
 * features can be worked on side by side. Every namespace is listed here once.
 */
export const namespaces = ['app', 'home', 'errors', 'auth', 'nav', 'admin', 'programme', 'forms', 'classes'] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`../../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
