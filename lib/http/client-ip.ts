import { env } from '../env';

/**
 * The client's address. Behind N trusted proxies (TRUSTED_PROXY_HOPS), the N-th address from
 * the right of X-Forwarded-For is the client's; anything further left could be forged.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : raw;
  const chain = (value ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  const hops = env().TRUSTED_PROXY_HOPS;
  return chain[chain.length - 1 - hops] ?? chain[0] ?? 'onbekend';
}
