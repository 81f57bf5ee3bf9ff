import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../env', () => ({ env: () => ({ TRUSTED_PROXY_HOPS: Number(process.env.TEST_HOPS ?? 0) }) }));
const { clientIp } = await import('./client-ip');

afterEach(() => {
  delete process.env.TEST_HOPS;
});

describe('clientIp', () => {
  it('takes the address Next.js records for a direct connection', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '127.0.0.1' }))).toBe('127.0.0.1');
  });

  it('behind one proxy, takes the address that proxy appended, not what the client sent', () => {
    process.env.TEST_HOPS = '1';
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.2.3.4, 198.51.100.7' }))).toBe('198.51.100.7');
  });

  it('behind two proxies, takes the second address from the right', () => {
    process.env.TEST_HOPS = '2';
    expect(clientIp({ 'x-forwarded-for': 'spoofed, 198.51.100.7, 10.0.0.2' })).toBe('198.51.100.7');
  });

  it('says "onbekend" without any address', () => {
    expect(clientIp(new Headers())).toBe('onbekend');
  });
});
