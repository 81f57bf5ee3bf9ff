import { PrismaPg } from '@prisma/adapter-pg';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { isDatabaseUp } from '@/lib/health';

describe('health', () => {
  it('reports ok (200) on a real database', async () => {
    expect(await isDatabaseUp()).toBe(true);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports a database that does not answer as down', async () => {
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: 'postgresql://nobody:x@127.0.0.1:1/none', connectionTimeoutMillis: 500 }) });
    expect(await isDatabaseUp(unreachable)).toBe(false);
    await unreachable.$disconnect();
  });
});
