/**
 * One user's view of a page or a download: requests one after another (each body read to its
 * last byte), so a percentile is what a single coordinator waits, not what a queue adds.
 */

export type Probe =
  | { kind: 'ok'; timesMs: number[]; bytes: number }
  /** The URL answers 404: the feature is not built (yet) on this branch. */
  | { kind: 'missing' }
  | { kind: 'failed'; reason: string };

const REQUEST_TIMEOUT_MS = 120_000;

async function timedGet(url: string, headers: Record<string, string>) {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength, location: response.headers.get('location') };
}

/** Runs `times` requests after `warmup` unmeasured ones; stops early (keeping at least `min`) after `budgetMs`. */
export async function probe(
  url: string,
  headers: Record<string, string>,
  { warmup, times, min = Math.min(times, 20), budgetMs = 90_000 }: { warmup: number; times: number; min?: number; budgetMs?: number },
): Promise<Probe> {
  const first = await timedGet(url, headers).catch((error: unknown) => ({ error }));
  if ('error' in first) return { kind: 'failed', reason: String(first.error) };
  if (first.status === 404) return { kind: 'missing' };
  if (first.status >= 300 && first.status < 400) return { kind: 'failed', reason: `doorverwezen naar ${first.location} (niet ingelogd?)` };
  if (first.status !== 200) return { kind: 'failed', reason: `HTTP ${first.status}` };
  for (let i = 1; i < warmup; i++) await timedGet(url, headers);
  const timesMs: number[] = [];
  let bytes = first.bytes;
  const deadline = performance.now() + budgetMs;
  while (timesMs.length < times && (timesMs.length < min || performance.now() < deadline)) {
    const result = await timedGet(url, headers);
    if (result.status !== 200) return { kind: 'failed', reason: `HTTP ${result.status} na ${timesMs.length} metingen` };
    timesMs.push(result.ms);
    bytes = result.bytes;
  }
  return { kind: 'ok', timesMs, bytes };
}

/** The nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
