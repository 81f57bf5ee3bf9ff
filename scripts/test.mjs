// `npm test`: every check, cheapest first, stopping at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Typecheck', 'npx', ['tsc', '--noEmit']],
  ['Lint', 'npx', ['eslint', '--max-warnings=0', '.']],
  ['Unit- en integratietests', 'npx', ['vitest', 'run']],
  ['End-to-end (Chromium)', 'npx', ['playwright', 'test']],
];

for (const [label, command, args] of steps) {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  console.log(`── ${label}: ${result.status === 0 ? 'geslaagd' : 'MISLUKT'} (${Math.round((Date.now() - started) / 1000)} s)`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
