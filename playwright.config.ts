import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import type { Runtime } from './test/e2e/fixtures/app-fixture';

// Debian's Chromium where present (CI and this machine cannot download Playwright's own).
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig<{ runtime: Runtime }>({
  testDir: 'test/e2e/specs',
  outputDir: 'test-results/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The electron project also gets a browser fixture it does not use; keep it launchable.
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      // Chromium on Linux takes its UI locale from LANGUAGE, not --lang: date fields then read
      // dd/mm/yyyy as on the offices' PCs (needs chromium-l10n on Debian; .ci/run installs it).
      env: { ...process.env, LANGUAGE: 'id' },
      args: ['--lang=id-ID', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    {
      name: 'browser',
      use: { runtime: 'browser' },
    },
    { name: 'electron', use: { runtime: 'electron' } },
  ],
});
