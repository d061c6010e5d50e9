import { randomUUID } from 'node:crypto';
import { defineConfig } from '@playwright/test';
import { E2E_TODAY } from './packages/app/e2e-tests/today';

// `./portal test` picks a free port; the suite starts its own portal there on a fresh database.
const port = Number(process.env.PORTAL_E2E_PORT ?? 7107);
const baseURL = `http://localhost:${port}`;
// The portal's PagerDuty token for the run (the sandbox's, where production has PAGERDUTY_TOKEN):
// recognisable, so security.test.ts can show it never reaches the browser. Set here, before the
// workers start, so the tests read the same value.
process.env.PAGERDUTY_SANDBOX_TOKEN ??= `e2e-pagerduty-token-${randomUUID()}`;

export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 120_000,
  expect: { timeout: 60_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  webServer: {
    command: './portal start',
    url: `${baseURL}/.backstage/health/v1/readiness`,
    env: {
      PORTAL_PORT: String(port),
      PORTAL_DATA_DIR: '.data/e2e',
      PAGERDUTY_SANDBOX_TOKEN: process.env.PAGERDUTY_SANDBOX_TOKEN,
      // Pins readiness.today for the backends and the pages alike.
      APP_CONFIG_readiness_today: E2E_TODAY,
    },
    reuseExistingServer: false,
    // The first run builds the frontend and backend.
    timeout: 900_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  use: {
    baseURL,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.PORTAL_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  outputDir: '.data/e2e-results',
});
