import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      // Pages and components reach data only through lib/<feature> (the data access layer).
      'no-restricted-imports': ['error', { paths: [{ name: '@/lib/db', message: 'Gebruik de functies in lib/<feature>.' }] }],
    },
  },
  {
    files: ['lib/**', 'prisma/**', 'scripts/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  globalIgnores(['.next/**', 'node_modules/**', 'lib/generated/**', '.data/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
