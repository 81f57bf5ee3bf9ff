/** The production app for a benchmark: started through `npm start`'s script on a loopback port. */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { freePort } from '../db/embedded-postgres.ts';
import { projectRoot } from '../db/schema-engine.ts';

export interface BenchApp {
  baseUrl: string;
  /** The process running `next start` (the server that answers), when it can be found. */
  serverPid(): number | null;
  stop(): Promise<void>;
}

async function waitForHealth(baseUrl: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('De app stopte tijdens het opstarten.');
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('De app kwam niet op.');
}

/** BENCH_PORT when set (a machine where ports are assigned), else a free one. */
export async function benchPort(): Promise<number> {
  return process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : freePort();
}

/** Builds if the sources changed, migrates and seeds (as `npm start` does), then waits until healthy. */
export async function startBenchApp(env: Record<string, string | undefined>): Promise<BenchApp> {
  const port = await benchPort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: projectRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (app.exitCode !== null) return resolve();
      app.once('exit', () => resolve());
      app.kill('SIGTERM');
    });
  try {
    await waitForHealth(baseUrl, () => app.exitCode !== null);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop, serverPid: () => (app.pid ? findNextServer(app.pid) : null) };
}

/** Parent pid of every process, from /proc (Linux only; elsewhere there is nothing to find). */
function parentsOf(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  return parents;
}

function findNextServer(rootPid: number): number | null {
  let parents: Map<number, number>;
  try {
    parents = parentsOf();
  } catch {
    return null;
  }
  const descendants: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    for (const [child, parent] of parents) {
      if (parent === pid) {
        descendants.push(child);
        queue.push(child);
      }
    }
  }
  return (
    descendants.find((pid) => {
      try {
        // Next renames its process ("next-server (v16…)"), which rewrites its command line.
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return args[0]!.startsWith('next-server') || (args.some((a) => a.endsWith('next')) && args.includes('start'));
      } catch {
        return false;
      }
    }) ?? null
  );
}

/** Peak resident memory (VmHWM) of a process in MB, or null where /proc is not available. */
export function peakRssMb(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
