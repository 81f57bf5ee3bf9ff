import 'server-only';
import { env } from '../env';

/** The login page lists the demo accounts only while demo data is on (SEED_DEMO). */
export function demoAccountsShown(): boolean {
  return env().SEED_DEMO;
}
