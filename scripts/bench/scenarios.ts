/** The rows of `npm run bench`. Later features add their signed-in pages here. */
export interface BenchContext {
  baseUrl: string;
  /** The app's data folder (embedded database URL and secrets). */
  dataDir: string;
}

export interface Scenario {
  name: string;
  path: string;
  connections?: number;
  /** Resolves the path when it depends on the data (e.g. a class id). */
  resolvePath?: (context: BenchContext) => Promise<string>;
  /** Extra request headers, e.g. a session cookie for signed-in pages. */
  headers?: (context: BenchContext) => Promise<Record<string, string>>;
  target?: string;
}

/** A session cookie for an account (a demo one unless told), obtained through next-auth's credentials endpoint. */
export async function sessionCookie(baseUrl: string, email: string, password = 'vertrouwen-demo'): Promise<Record<string, string>> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const login = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = login.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c?.includes('session-token'));
  if (!session) throw new Error(`Inloggen van ${email} voor de benchmark lukte niet`);
  return { cookie: session };
}

/** The path of a demo plan's prepare page, read from the bench's own database. */
async function preparePath(dataDir: string, school: string, lessonNumber: number): Promise<string> {
  const { default: pg } = await import('pg');
  const { readFileSync } = await import('node:fs');
  const client = new pg.Client({ connectionString: readFileSync(`${dataDir}/database-url`, 'utf8').trim() });
  await client.connect();
  const { rows } = await client.query<{ id: string }>(`SELECT c.id FROM "Class" c JOIN "School" s ON s.id = c."schoolId" WHERE s.name = $1`, [school]);
  await client.end();
  return `/klassen/${rows[0]?.id}/les/${lessonNumber}`;
}

export const scenarios: Scenario[] = [
  { name: 'bare route', path: '/api/bench/ok' },
  { name: '/api/health', path: '/api/health' },
  {
    name: 'Voorbereiden les 4, 20 gebruikers',
    path: '/klassen/:class/les/4',
    resolvePath: ({ dataDir }) => preparePath(dataDir, 'De Vlinderboom', 4),
    connections: 20,
    headers: ({ baseUrl }) => sessionCookie(baseUrl, 'leerkracht.vlinderboom@example.org'),
    target: 'p95 < 100 ms',
  },
  {
    name: 'Mijn klassen (leerkracht)',
    path: '/klassen',
    headers: ({ baseUrl }) => sessionCookie(baseUrl, 'leerkracht.vlinderboom@example.org'),
  },
];
