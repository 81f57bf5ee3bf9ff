import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;
// A database folder per port: a second run beside the first (E2E_PORT) must not wipe its data.
// Exported to the test workers too (tests/e2e/plans/two-instances.spec.ts reads it).
const dataDir = port === 3100 ? '.data/e2e' : `.data/e2e-${port}`;
process.env.DATA_DIR = dataDir;

export default defineConfig({
  testDir: 'tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e', use: { ...devices['Desktop Chrome'] } },
    // Login throttling locks this machine's address out: it runs last, after everything else.
    { name: 'last', testDir: 'tests/e2e-last', dependencies: ['chromium'], use: { ...devices['Desktop Chrome'] } },
  ],
  webServer: {
    command: 'node --import tsx tests/e2e/support/server.ts',
    url: `${baseURL}/api/health`,
    env: { PORT: String(port), DATA_DIR: dataDir },
    // First run builds the app: minutes on a 2-core machine.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
