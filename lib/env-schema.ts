import { z } from 'zod';

/**
 * The server's configuration, validated once. Shared by the app (lib/env.ts) and the start
 * script, which reports a bad value in one clear line before anything starts.
 */
export const serverEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
      message: 'moet een PostgreSQL-URL zijn, bijvoorbeeld postgresql://gebruiker:wachtwoord@host:5432/database',
    }),
  NEXTAUTH_SECRET: z.string().min(32, { message: 'moet minstens 32 tekens lang zijn' }),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SEED_DEMO: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** How many reverse proxies (load balancers) stand before the app; used to find the client's IP. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
});
export type ServerEnv = z.infer<typeof serverEnvSchema>;

export const portSchema = z.coerce
  .number({ message: 'moet een poortnummer zijn' })
  .int({ message: 'moet een heel getal zijn' })
  .min(1, { message: 'moet tussen 1 en 65535 liggen' })
  .max(65535, { message: 'moet tussen 1 en 65535 liggen' });

/** "DATABASE_URL moet een PostgreSQL-URL zijn, …": one line naming the bad variable. */
export function describeEnvError(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'configuratie'} ${issue.message}`).join('; ');
}
