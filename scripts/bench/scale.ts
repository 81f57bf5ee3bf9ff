/**
 * `npm run bench:scale`: the coordinator's pages and exports on the scale data set (300 classes,
 * see `npm run seed:scale`; made first when the database is missing). Starts the production app
 * on bav_scale, signs in as the scale coordinator and measures one user's waits: the overview and
 * the answers per question (p95 of sequential requests after a warm-up), both exports (full
 * download), and the app server's peak memory. A URL answering 404 is reported as not built yet.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { SCALE_COORDINATOR, SCALE_DATABASE } from '../../prisma/seed/scale/account.ts';
import { databaseExists, openScaleServer, type ScaleServer } from '../db/scale-database.ts';
import { projectRoot } from '../db/schema-engine.ts';
import { createScaleDatabase, scaleSchoolsFromEnv } from '../scale/create-database.ts';
import { peakRssMb, startBenchApp } from './app.ts';
import { sessionCookie } from './scenarios.ts';
import { percentile, probe, type Probe } from './sequential.ts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
const EXPORT_RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3);
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const log = (line: string) => console.log(`[bench:scale] ${line}`);

interface Row {
  meting: string;
  doel: string;
  gemeten: string;
  oordeel: string;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const verdict = (met: boolean) => (met ? 'gehaald' : 'NIET gehaald');

/** The size of the data set, or null when the database or its coordinator is missing. */
async function scaleSize(server: ScaleServer): Promise<{ classes: number; plans: number; answers: number } | null> {
  if (!(await databaseExists(server.adminUrl, SCALE_DATABASE))) return null;
  const client = new pg.Client({ connectionString: server.scaleUrl });
  await client.connect();
  try {
    const coordinator = await client.query('SELECT 1 FROM "User" WHERE email = $1', [SCALE_COORDINATOR.email]).catch(() => null);
    if (!coordinator?.rowCount) return null;
    const { rows } = await client.query<{ classes: number; plans: number; answers: number }>(
      `SELECT (SELECT count(*) FROM "Class")::int AS classes, (SELECT count(*) FROM "LessonPlan")::int AS plans, (SELECT count(*) FROM "EvaluationAnswer")::int AS answers`,
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

function notBuilt(name: string, url: string, target: string, result: Probe): Row | null {
  if (result.kind === 'missing') {
    log(`${url} antwoordt 404: nog niet gebouwd op deze versie; ${name} overgeslagen.`);
    return { meting: name, doel: target, gemeten: '404 (nog niet gebouwd)', oordeel: '—' };
  }
  if (result.kind === 'failed') {
    log(`${url} faalde: ${result.reason}`);
    return { meting: name, doel: target, gemeten: `fout: ${result.reason}`, oordeel: 'NIET gehaald' };
  }
  return null;
}

function latencyRow(name: string, url: string, targetMs: number | null, result: Probe): Row {
  const target = targetMs === null ? '—' : `p95 < ${targetMs} ms`;
  if (result.kind !== 'ok') return notBuilt(name, url, target, result)!;
  const p95 = percentile(result.timesMs, 95);
  return {
    meting: name,
    doel: target,
    gemeten: `p50 ${ms(percentile(result.timesMs, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...result.timesMs))} (n=${result.timesMs.length}, ${(result.bytes / 1024).toFixed(0)} kB)`,
    oordeel: targetMs === null ? '—' : verdict(p95 < targetMs),
  };
}

function downloadRow(name: string, url: string, targetSeconds: number, result: Probe): Row {
  const target = `< ${targetSeconds} s`;
  if (result.kind !== 'ok') return notBuilt(name, url, target, result)!;
  const slowest = Math.max(...result.timesMs) / 1000;
  return {
    meting: name,
    doel: target,
    gemeten: `traagste ${slowest.toFixed(2)} s van ${result.timesMs.length}, ${(result.bytes / 1024 / 1024).toFixed(1)} MB`,
    oordeel: verdict(slowest < targetSeconds),
  };
}

async function main() {
  const started = performance.now();
  const server = await openScaleServer(log);
  try {
    let size = await scaleSize(server);
    if (!size) {
      log(`Database ${SCALE_DATABASE} ontbreekt: wordt eerst gevuld (npm run seed:scale).`);
      await createScaleDatabase(server, scaleSchoolsFromEnv(), log);
      size = (await scaleSize(server))!;
    } else {
      log(`Bestaande ${SCALE_DATABASE} gebruikt (npm run seed:scale maakt hem opnieuw).`);
    }
    log(`Gegevens: ${size.classes} klassen, ${size.plans} lesplannen, ${size.answers} evaluatieantwoorden.`);

    log('App starten op de schaaldatabase (bouwt eerst als dat nodig is)…');
    const app = await startBenchApp({ DATABASE_URL: server.scaleUrl, SEED_DEMO: 'false', DATA_DIR: path.join(projectRoot, '.data', 'bench-scale') });
    try {
      const headers = await sessionCookie(app.baseUrl, SCALE_COORDINATOR.email, SCALE_COORDINATOR.password);
      const page = (url: string) => probe(`${app.baseUrl}${url}`, headers, { warmup: 5, times: SAMPLES });
      const download = (url: string) => probe(`${app.baseUrl}${url}`, headers, { warmup: 1, times: EXPORT_RUNS, min: EXPORT_RUNS });
      const rows: Row[] = [];

      // VmHWM only grows: read after each step, it shows which step raised the peak.
      const peaks: Record<string, number | null> = { opgestart: peakRssMb(app.serverPid()) };
      const overview = '/overzicht';
      rows.push(latencyRow('Overzicht (alle klassen)', overview, 300, await page(overview)));
      peaks['overzicht na elkaar'] = peakRssMb(app.serverPid());
      const loaded = await autocannon({ url: `${app.baseUrl}${overview}`, connections: CONNECTIONS, duration: DURATION_SECONDS, headers });
      rows.push({
        meting: `Overzicht, ${CONNECTIONS} tegelijk`,
        doel: '—',
        // autocannon's p97.5 is the stricter stand-in for a p95; timeouts (10 s) count as errors, not latency.
        gemeten: `p50 ${ms(loaded.latency.p50)}, p97.5 ${ms(loaded.latency.p97_5)}, ${loaded.requests.total} antwoorden in ${DURATION_SECONDS} s${loaded.non2xx ? `, ${loaded.non2xx} zonder 2xx` : ''}${loaded.errors ? `, ${loaded.errors} fouten/time-outs` : ''}`,
        oordeel: loaded.non2xx || loaded.errors ? 'fouten' : '—',
      });
      peaks[`overzicht ${CONNECTIONS} tegelijk`] = peakRssMb(app.serverPid());

      const answers = '/overzicht/antwoorden?question=trustBehaviours';
      rows.push(latencyRow('Antwoorden per vraag (vraag 2)', answers, null, await page(answers)));
      peaks.antwoorden = peakRssMb(app.serverPid());
      const xlsx = '/api/export/xlsx';
      rows.push(downloadRow('Export XLSX, hele download', xlsx, 3, await download(xlsx)));
      const csv = '/api/export/csv';
      rows.push(downloadRow('Export CSV, hele download', csv, 3, await download(csv)));

      const rss = peakRssMb(app.serverPid());
      peaks.exports = rss;
      log(`Piekgeheugen na elke stap (MB): ${Object.entries(peaks).map(([step, mb]) => `${step} ${mb === null ? '?' : mb.toFixed(0)}`).join(', ')}`);
      rows.push({ meting: 'Piekgeheugen app-server (VmHWM)', doel: '< 400 MB', gemeten: rss === null ? 'onbekend (geen /proc)' : `${rss.toFixed(0)} MB`, oordeel: rss === null ? '—' : verdict(rss < 400) });

      console.log(`\nSchaalgegevens: ${size.classes} klassen; ${SAMPLES} opvragingen na elkaar per pagina, ${EXPORT_RUNS} downloads per export, loopback\n`);
      console.table(rows);
      const outDir = path.join(projectRoot, 'bench', 'results');
      mkdirSync(outDir, { recursive: true });
      const file = path.join(outDir, `scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), size, samples: SAMPLES, exportRuns: EXPORT_RUNS, rows, peakRssMbAfterStep: peaks }, null, 2));
      log(`Resultaten: ${path.relative(projectRoot, file)} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    } finally {
      await app.stop();
    }
  } finally {
    await server.stop();
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  // The embedded server's stop leaves a 30 s safety timer running; nothing else is left to wait for.
  .finally(() => process.exit());
