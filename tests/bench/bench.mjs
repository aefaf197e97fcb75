// `npm run bench`: builds the site, then prints per page kind the bytes a reader downloads before
// doing anything (HTML, CSS, JS; gzip) and how long the build took (Astro and Pagefind apart).
// Timings depend on the machine; bytes don't (tests/e2e/budget.spec.ts enforces those).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.mjs';
import { BUDGETS, PAGE_KINDS, measurePageWeight } from '../support/page-weight.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const PORT = 4339;

function run(args, { capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    if (!capture) {
      child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`astro ${args[0]} failed:\n${output}`))));
    } else {
      resolve({ child, output: () => output });
    }
  });
}

async function waitFor(url, timeoutMs = 30_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

console.log('Building the site…');
const buildStarted = performance.now();
const buildLog = await run(['build']);
const buildMs = performance.now() - buildStarted;
const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(buildLog)?.[1] ?? NaN);
const pageCount = /(\d+) page\(s\) built/.exec(buildLog)?.[1] ?? '?';

const { child: server } = await run(['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], { capture: true });
const origin = `http://127.0.0.1:${PORT}`;
try {
  await waitFor(`${origin}/`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage();
  const rows = [];
  for (const { kind, path, guide } of PAGE_KINDS) {
    const weight = await measurePageWeight(page, `${origin}${path}`);
    const budget = guide ? BUDGETS.guideJs : undefined;
    rows.push({
      'page kind': kind,
      'HTML KB': kb(weight.html),
      'CSS KB': kb(weight.css),
      'JS KB': kb(weight.js),
      'JS budget': budget ? `${kb(budget)} ${weight.js <= budget ? 'ok' : 'OVER'}` : '',
    });
  }
  await browser.close();
  console.log(`\nBytes before first interaction (gzip), ${origin}:`);
  console.table(rows);
  console.log(
    `Build: ${(buildMs / 1000).toFixed(1)} s for ${pageCount} pages` +
      ` (Astro ${((buildMs - pagefindMs) / 1000).toFixed(1)} s, Pagefind ${(pagefindMs / 1000).toFixed(2)} s)`,
  );
} finally {
  server.kill();
}
