import { defineConfig } from 'prisma/config';

// The CLI is used for `prisma generate` only; migrations run through scripts/db/migrate.ts,
// which drives Prisma's WebAssembly schema engine (no native engine download needed).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
});
