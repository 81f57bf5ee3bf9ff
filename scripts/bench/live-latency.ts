/**
 * Save-to-event latency of live co-preparation: one client saves a field through the real
 * server action, another client's live stream (SSE) receives it. Repeated EDITS times on loopback.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../db/schema-engine.ts';
import { sessionCookie } from './scenarios.ts';

export interface LatencyResult {
  edits: number;
  p50: number;
  p95: number;
  max: number;
}

/** The build's id for a server action, from Next's server reference manifest. */
function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!entry) throw new Error(`server action ${exportedName} not found in the build`);
  return entry[0];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

export async function measureLiveLatency(baseUrl: string, dataDir: string, edits = 100): Promise<LatencyResult> {
  const client = new pg.Client({ connectionString: readFileSync(path.join(dataDir, 'database-url'), 'utf8').trim() });
  await client.connect();
  const { rows } = await client.query<{ id: string; classId: string }>(
    `SELECT p.id, p."classId" FROM "LessonPlan" p JOIN "Class" c ON c.id = p."classId" JOIN "School" s ON s.id = c."schoolId"
     WHERE s.name = 'De Vlinderboom' AND p."lessonNumber" = 4`,
  );
  await client.end();
  const plan = rows[0];
  if (!plan) throw new Error('demo plan not found');

  const [writer, reader] = await Promise.all([
    sessionCookie(baseUrl, 'leerkracht.vlinderboom@example.org'),
    sessionCookie(baseUrl, 'hulpverlener.vlinderboom@example.org'),
  ]);
  const saveAction = actionId('lib/collab/actions.ts', 'saveSharedField');

  // The reader's live stream: resolve the waiter whose value shows up.
  const controller = new AbortController();
  const stream = await fetch(`${baseUrl}/api/live/PLAN/${plan.id}`, { headers: reader, signal: controller.signal });
  if (!stream.ok || !stream.body) throw new Error(`live stream: ${stream.status}`);
  const waiters = new Map<string, (at: number) => void>();
  let buffer = '';
  const decoder = new TextDecoder();
  void (async () => {
    const body = stream.body!.getReader();
    try {
      for (;;) {
        const { value, done } = await body.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (const [marker, resolve] of waiters) {
          if (buffer.includes(marker)) {
            waiters.delete(marker);
            resolve(performance.now());
          }
        }
        if (buffer.length > 100_000) buffer = buffer.slice(-10_000);
      }
    } catch {
      // aborted at the end
    }
  })();
  await new Promise((r) => setTimeout(r, 300));

  const key = 'activity.2.notes';
  let version = 0;
  const latencies: number[] = [];
  for (let i = 0; i < edits; i++) {
    const value = `bench-${Date.now()}-${i}`;
    const arrived = new Promise<number>((resolve) => waiters.set(value, resolve));
    const started = performance.now();
    const response = await fetch(`${baseUrl}/klassen/${plan.classId}/les/4`, {
      method: 'POST',
      headers: { ...writer, 'Next-Action': saveAction, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
      body: JSON.stringify([{ kind: 'PLAN', documentId: plan.id, key, value, baseVersion: version }]),
    });
    const text = await response.text();
    const saved = /"ok":true,"data":\{"version":(\d+)\}/.exec(text);
    const conflict = /"conflict":\{[^}]*"version":(\d+)/.exec(text);
    if (!saved) {
      // First run on this database: pick up the field's current version and retry this edit.
      if (conflict) {
        version = Number(conflict[1]);
        waiters.delete(value);
        i--;
        continue;
      }
      throw new Error(`save failed: ${text.slice(0, 200)}`);
    }
    version = Number(saved[1]);
    latencies.push((await arrived) - started);
  }
  controller.abort();
  const sorted = [...latencies].sort((a, b) => a - b);
  return { edits, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? NaN };
}
