import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from './options';

export interface SessionClaims {
  uid: string;
  sv: number;
}

/** The signed session cookie's claims, or null. The only place the session cookie is read. */
export async function readSession(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions);
  return session?.uid ? { uid: session.uid, sv: session.sv ?? 0 } : null;
}
