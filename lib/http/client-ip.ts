import { env } from '../env';

/**
 * The client's address. Each trusted proxy (TRUSTED_PROXY_HOPS) appends the address it received
 * the request from, so behind N proxies the N-th address from the right is the client's; anything
 * further left could be forged. Without a proxy Next.js itself fills X-Forwarded-For with the
 * socket's address (only when the request has none), so the last entry is used then too.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  const chain = (value ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  const hops = env().TRUSTED_PROXY_HOPS;
  return chain[chain.length - Math.max(hops, 1)] ?? chain[0] ?? 'onbekend';
}
