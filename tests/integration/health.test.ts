import { describe, expect, it } from 'vitest';
import { isDatabaseUp } from '@/lib/health';
import { GET } from '@/app/api/health/route';

describe('health', () => {
  it('reports the database as up on a real database', async () => {
    expect(await isDatabaseUp()).toBe(true);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
