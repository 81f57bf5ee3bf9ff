import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '../env';
import { clientIp } from '../http/client-ip';
import { checkCredentials } from './sign-in';

const EIGHT_HOURS = 8 * 60 * 60;

export const authOptions: AuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  // Credentials sign-in requires JWT sessions in next-auth; the token holds only the user's id
  // and session version, and getCurrentUser() re-reads the user from the database every request.
  session: { strategy: 'jwt', maxAge: EIGHT_HOURS },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'E-mail en wachtwoord',
      credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Wachtwoord', type: 'password' } },
      async authorize(credentials, req) {
        const outcome = await checkCredentials(credentials, clientIp(req.headers ?? {}));
        if (!outcome.ok) throw new Error(outcome.error);
        return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name, sessionVersion: outcome.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
};
