// `npm run bench`: one table per page kind (bytes before first interaction, Lighthouse scores and
// LCP/CLS/TBT on mobile), then build times, search and guide timings, and a scale run with 1,000
// generated questions. Timings depend on the machine; bytes don't (tests enforce those).
// Options: --quick skips Lighthouse and the scale run; --scale N changes the scale run's size;
// --runs N, Lighthouse runs per page kind (3; the median run is reported).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.mjs';
import { PAGE_KINDS, measurePageWeight } from '../support/page-weight.mjs';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { runLighthouse } from '../support/lighthouse.mjs';
import { measureDescribe, measureGuide, measureSearch } from './interaction-timing.mjs';
import { dirBytes, scaleRun } from './scale-run.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
// Apart from the tests' ports (4329, and 4339 for a second checkout), so they can run together.
const PORT = 4349;
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const scaleCount = Number(args[args.indexOf('--scale') + 1]) || 1000;
const lighthouseRuns = Number(args[args.indexOf('--runs') + 1]) || 3;

function astro(commandArgs, { background = false } = {}) {
  const child = spawn(process.execPath, [astroBin, ...commandArgs], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  if (background) return child;
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`astro ${commandArgs[0]} failed:\n${output}`)))),
  );
}

async function waitFor(url, timeoutMs = 30_000) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
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
const seconds = (ms) => (ms / 1000).toFixed(1);

console.log('Building the site…');
const buildStarted = performance.now();
const buildLog = await astro(['build']);
const buildMs = performance.now() - buildStarted;
const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(buildLog)?.[1] ?? NaN);
const pageCount = /(\d+) page\(s\) built/.exec(buildLog)?.[1] ?? '?';
const indexBytes = dirBytes(join(root, 'dist/pagefind'));

const server = astro(['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], { background: true });
const origin = `http://127.0.0.1:${PORT}`;
try {
  await waitFor(`${origin}/`);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const context = await browser.newContext();
  const rows = [];
  for (const pageKind of PAGE_KINDS) {
    const page = await context.newPage();
    const weight = await measurePageWeight(page, `${origin}${pageKind.path}`);
    await page.close();
    rows.push({
      'page kind': pageKind.kind,
      'HTML+CSS KB': `${kb(weight.html + weight.css)} / ${kb(pageKind.htmlCss)}`,
      'JS KB': pageKind.js === undefined ? kb(weight.js) : `${kb(weight.js)} / ${kb(pageKind.js)}`,
      'inline JS KB': kb(weight.inlineJs),
    });
  }

  console.log('Timing search and the guide…');
  const search = await measureSearch(context, origin);
  const guide = await measureGuide(context, origin, [
    [0, 0, 0, 0, 0, 0],
    [2, 2, 0, 1, 1, 0],
    [4, 0],
    [0, 6, 1, 5, 0],
  ]);
  const describe = await measureDescribe(context, origin, [
    'ghosted after final interview',
    'recruiter from the staffing agency called, client went with someone else',
    'they said they’ll keep my CV on file',
    'went silent after my second interview three weeks ago and I haven’t chased',
  ]);
  await browser.close();

  if (!quick) {
    console.log(`Running Lighthouse (mobile) on each page kind, ${lighthouseRuns} runs each…`);
    const checked = PAGE_KINDS.filter((pageKind) => pageKind.lighthouse);
    // Round-robin, so that a busy moment on the machine falls on different kinds, not on one kind's runs.
    const urls = Array.from({ length: lighthouseRuns }, () => checked.map((pageKind) => `${origin}${pageKind.lighthouse}`)).flat();
    const reports = await runLighthouse(urls, ['performance', 'accessibility', 'best-practices', 'seo']);
    for (const [index, pageKind] of checked.entries()) {
      const runs = reports.filter((_, reportIndex) => reportIndex % checked.length === index);
      // Lighthouse's own pick of the run nearest the median FCP and time to interactive (its
      // variability guide's advice: simulated timings move between runs on a busy machine).
      const lhr = computeMedianRun(runs);
      const row = rows.find((candidate) => candidate['page kind'] === pageKind.kind);
      const score = (report, category) => Math.round(report.categories[category].score * 100);
      Object.assign(row, {
        'perf': score(lhr, 'performance'),
        'perf runs': runs.map((report) => score(report, 'performance')).join(' '),
        'a11y': score(lhr, 'accessibility'),
        'best pr.': score(lhr, 'best-practices'),
        'SEO': score(lhr, 'seo'),
        'LCP s': (lhr.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2),
        'CLS': lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3),
        'TBT ms': Math.round(lhr.audits['total-blocking-time'].numericValue),
      });
    }
  }

  console.log(`\nPer page kind: bytes before first interaction (gzip; measured / budget)${quick ? '' : ', Lighthouse mobile'}`);
  console.table(rows);
  console.log(`Build: ${seconds(buildMs)} s for ${pageCount} pages (Astro ${seconds(buildMs - pagefindMs)} s, Pagefind ${seconds(pagefindMs)} s); search index ${kb(indexBytes)} KB`);
  console.log(
    `Search: first search downloads ${kb(search.firstSearchBytes)} KB of Pagefind; typing to results ${Math.round(search.firstMs)} ms the first time, median ${Math.round(search.medianMs)} ms after (budget 100 ms; 40 ms of it is the pause for typing)`,
  );
  console.log(
    `"What happened?" box: its first focus loads ${kb(describe.firstFocusBytes)} KB (gzip; budget 30 KB); keystroke to updated suggestions, median ${describe.medianMs.toFixed(1)} ms over ${describe.keystrokes} keystrokes (budget 50 ms; slowest ${Math.round(describe.slowestMs)} ms)`,
  );
  console.log(
    `Guide (next step prefetched while the reader reads): answer click to the next step in the page, median ${Math.round(guide.medianMs)} ms over ${guide.clicks} answers; to the next paint (Event Timing), median ${Math.round(guide.paintMedianMs)} ms`,
  );
} finally {
  server.kill();
}

if (!quick) {
  console.log(`\nScale run: building a copy with ${scaleCount} generated questions…`);
  const scaled = scaleRun(root, astroBin, scaleCount);
  console.table([
    { site: 'as is', pages: Number(pageCount), 'build s': seconds(buildMs), 'Pagefind s': seconds(pagefindMs), 'index KB': kb(indexBytes) },
    {
      site: `+${scaleCount} questions`,
      pages: scaled.pages,
      'build s': scaled.seconds.toFixed(1),
      'Pagefind s': scaled.pagefindSeconds.toFixed(1),
      'index KB': kb(scaled.indexBytes),
    },
  ]);
}
