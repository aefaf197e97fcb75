import { defineConfig, devices } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './support/browser.mjs';

/**
 * A port of its own, so a running `npm start` (4321) never answers the tests; E2E_PORT lets a
 * second checkout run its suite at the same time (the README's flake check does).
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);

/**
 * Wrangler's own files (its build of the Pages shim, local state, logs, metrics consent) go here,
 * under the ignored tests/.tmp, never in the project's root or the home directory.
 */
const WRANGLER_DIR = fileURLToPath(new URL('./.tmp/wrangler/', import.meta.url));
mkdirSync(WRANGLER_DIR, { recursive: true });
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
// Said plainly here: wrangler itself would serve an empty site and every test would fail on it.
if (!existsSync(`${DIST}_headers`)) throw new Error('dist/ is missing or incomplete: run `npm run build` before the browser tests.');

export default defineConfig({
  testDir: './e2e',
  outputDir: './.tmp/test-results',
  fullyParallel: true,
  // At least two workers: Playwright's default (half the cores) gives one on a 2-core machine,
  // which doubled the suite's time there; the flake check shows two stay green beside stress-ng.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
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
    // Cloudflare's Pages runtime (workerd) serves dist/ as the real host does: it applies
    // dist/_headers and dist/_redirects, its trailing-slash rules and its 404 page.
    // A fixed compatibility date: the site has no Functions, and without one wrangler warns.
    command: `wrangler pages dev "${DIST}" --cwd "${WRANGLER_DIR}" --persist-to "${WRANGLER_DIR}state" --ip 127.0.0.1 --port ${PORT} --compatibility-date 2026-11-01 --show-interactive-dev-session=false`,
    cwd: '..',
    env: {
      WRANGLER_SEND_METRICS: 'false',
      // No attempt to fetch Request.cf from the internet (the test machines have none).
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      XDG_CONFIG_HOME: `${WRANGLER_DIR}config`,
    },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    // workerd starts in 2–3 s on a quiet machine; far longer beside stress-ng and other builds.
    timeout: 180_000,
  },
});
