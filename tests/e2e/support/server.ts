/**
 * The app as the end-to-end tests see it: the production build on a fresh embedded database
 * (programme and demo data seeded), exactly what `npm start` gives a new user.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';

const dataDir = path.resolve(process.env.DATA_DIR ?? '.data/e2e');
rmSync(dataDir, { recursive: true, force: true });
process.env.DATA_DIR = dataDir;
await import('../../../scripts/start.ts');
