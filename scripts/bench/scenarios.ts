/** The rows of `npm run bench`. Later features add their signed-in pages here. */
export interface BenchContext {
  baseUrl: string;
}

export interface Scenario {
  name: string;
  path: string;
  connections?: number;
  /** Extra request headers, e.g. a session cookie for signed-in pages. */
  headers?: (context: BenchContext) => Promise<Record<string, string>>;
  target?: string;
}

/** A session cookie for a demo account, obtained through next-auth's credentials endpoint. */
export async function sessionCookie(baseUrl: string, email: string): Promise<Record<string, string>> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const login = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: 'vertrouwen-demo', json: 'true' }),
  });
  const session = login.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c?.includes('session-token'));
  if (!session) throw new Error(`Inloggen van ${email} voor de benchmark lukte niet`);
  return { cookie: session };
}

export const scenarios: Scenario[] = [
  { name: 'bare route', path: '/api/bench/ok' },
  { name: '/api/health', path: '/api/health' },
  {
    name: 'Mijn klassen (leerkracht)',
    path: '/klassen',
    headers: ({ baseUrl }) => sessionCookie(baseUrl, 'leerkracht.vlinderboom@example.org'),
  },
];
