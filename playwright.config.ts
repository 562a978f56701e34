import { defineConfig } from '@playwright/test';

// Debian's Chromium drives the real UI served by `berth serve`; no browser is downloaded.
export default defineConfig({
  globalSetup: './test/harness/playwright-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/reports/e2e.json' }]],
  outputDir: 'test-results/e2e',
  projects: [
    { name: 'web', testDir: 'test/e2e' },
    { name: 'desktop', testDir: 'test/desktop' },
  ],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.BERTH_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
    trace: 'retain-on-failure',
  },
});
