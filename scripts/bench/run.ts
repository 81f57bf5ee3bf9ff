/**
 * `npm run bench`: latency and throughput on loopback against the production build, on its own
 * fresh embedded database with the demo data. Prints a table and writes JSON to bench/results/.
 * Rows compare against a bare route handler (the machine's limit), so numbers from noisy
 * machines stay comparable.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../db/schema-engine.ts';
import { startBenchApp } from './app.ts';
import { measureLiveLatency } from './live-latency.ts';
import { scenarios, type BenchContext } from './scenarios.ts';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function main() {
  const dataDir = path.join(projectRoot, '.data', 'bench');
  rmSync(dataDir, { recursive: true, force: true });
  console.log('App starten (bouwt eerst als dat nodig is)…');
  const app = await startBenchApp({ DATA_DIR: dataDir, DATABASE_URL: undefined });
  const { baseUrl } = app;

  try {
    const context: BenchContext = { baseUrl, dataDir };
    const rows: { name: string; p50: number; p97_5: number; p99: number; rps: number; ratio: number; target?: string }[] = [];
    let bareRps = 0;
    for (const scenario of scenarios) {
      const headers = scenario.headers ? await scenario.headers(context) : {};
      const result = await autocannon({
        url: `${baseUrl}${scenario.resolvePath ? await scenario.resolvePath(context) : scenario.path}`,
        connections: scenario.connections ?? CONNECTIONS,
        duration: DURATION_SECONDS,
        headers,
      });
      if (result.non2xx > 0) throw new Error(`${scenario.name}: ${result.non2xx} antwoorden zonder 2xx`);
      const rps = result.requests.average;
      if (scenario.name === 'bare route') bareRps = rps;
      rows.push({
        name: scenario.name,
        p50: result.latency.p50,
        // autocannon reports p97.5, not p95: the stricter of the two, so a p95 target met here holds.
        p97_5: result.latency.p97_5,
        p99: result.latency.p99,
        rps,
        ratio: bareRps ? rps / bareRps : 1,
        target: scenario.target,
      });
    }
    console.log(`\n${DURATION_SECONDS} s per rij, ${CONNECTIONS} verbindingen, loopback\n`);
    console.table(
      rows.map((r) => ({
        scenario: r.name,
        'p50 ms': r.p50,
        'p97.5 ms': r.p97_5,
        'p99 ms': r.p99,
        'req/s': Math.round(r.rps),
        'vs bare': `${(r.ratio * 100).toFixed(0)}%`,
        doel: r.target ?? '',
      })),
    );
    const live = await measureLiveLatency(baseUrl, dataDir, Number(process.env.BENCH_EDITS ?? 100));
    console.log(
      `\nLive samenwerken: opslaan bij de een → bericht bij de ander, ${live.edits} wijzigingen: p50 ${live.p50.toFixed(1)} ms, p95 ${live.p95.toFixed(1)} ms, max ${live.max.toFixed(1)} ms (doel p95 < 300 ms)`,
    );
    const outDir = path.join(projectRoot, 'bench', 'results');
    mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), durationSeconds: DURATION_SECONDS, connections: CONNECTIONS, rows, live }, null, 2));
    console.log(`Resultaten: ${path.relative(projectRoot, file)}`);
  } finally {
    await app.stop();
  }
}

await main();
