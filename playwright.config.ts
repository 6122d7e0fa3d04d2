import { cpus } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/browser.mjs';

const executablePath = await findChromium();
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  // Some specs walk whole flows (offline, privacy sweep of a page); give them room on a loaded CI machine.
  timeout: 90_000,
  fullyParallel: true,
  // At least two: the whole-site sweeps are mostly waiting on the browser, even on two cores.
  workers: Math.max(2, Math.floor(cpus().length / 2)),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // The service worker is tested on its own (tests/e2e/offline.spec.ts, update.spec.ts, which
    // allow it); elsewhere it would precache the whole site in every test.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    // Always the built site: `npm test` builds first; astro dev is never used for tests.
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
