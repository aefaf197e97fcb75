import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser.mjs';

/**
 * A port of its own, so a running `npm start` (4321) never answers the tests; E2E_PORT lets a
 * second checkout run its suite at the same time (the README's flake check does).
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: './e2e',
  outputDir: './.tmp/test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Room for a busy machine (the flake check runs beside stress-ng); tests that visit many pages
  // set their own limit with allowPerPage() in ./e2e/fixtures.ts.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
    // The main journeys again, without JavaScript and on the narrowest phone screen.
    {
      name: 'no-javascript',
      testMatch: 'journeys.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions(), javaScriptEnabled: false },
    },
    {
      name: 'phone-320',
      testMatch: 'journeys.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
        viewport: { width: 320, height: 640 },
        hasTouch: true,
      },
    },
  ],
  webServer: {
    // --ignore-lock: run beside a preview the developer may already have open.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
