import 'server-only';
import { describeEnvError, serverEnvSchema, type ServerEnv } from './env-schema';

let cached: ServerEnv | undefined;

/** The validated server configuration; throws one clear line naming the bad variable. */
export function env(): ServerEnv {
  if (cached) return cached;
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Ongeldige configuratie: ${describeEnvError(parsed.error)}`);
  cached = parsed.data;
  return cached;
}
