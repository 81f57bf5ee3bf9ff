import 'server-only';
import { db } from './db';

type Pingable = { $queryRaw: typeof db.$queryRaw };

/** True when the database answers within five seconds (a cold start on a busy machine takes a while). */
export async function isDatabaseUp(client: Pingable = db): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), 5000);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
