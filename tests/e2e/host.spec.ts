import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { test, expect } from './fixtures';
import { PAGE_KINDS } from '../support/page-weight.mjs';
import { LEGACY_REDIRECTS } from '../../src/guide/legacy-redirects';

/**
 * What the host itself answers: the suite's server is Cloudflare's Pages runtime (see
 * ../playwright.config.ts), which applies dist/_headers and dist/_redirects, its own trailing-slash
 * rules and the 404 page as Cloudflare Pages does. Requests here never follow a redirect, so each
 * answer is checked as a browser first receives it.
 */
const NO_FOLLOW = { maxRedirects: 0 };
const YEAR = 'public, max-age=31536000, immutable';
const HOUR = 'public, max-age=3600';
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The headers dist/_headers gives every path (its `/*` block), by lower-case name. */
function headersForEveryPath(): Record<string, string> {
  const block = readFileSync(`${dist}_headers`, 'utf8').split(/\n(?=\S)/).find((section) => section.startsWith('/*\n'));
  expect(block, 'dist/_headers has a block for /*').toBeDefined();
  const lines = block!.split('\n').slice(1).map((line) => line.trim()).filter(Boolean);
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
}

/** The CSP source for each inline <style> of a page (the policy allows them by hash). */
function styleHashes(html: string): string[] {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
}

/** The security headers every response must carry, as the build wrote them and as strict as the site needs. */
async function expectSecurityHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(headersForEveryPath())) expect(headers[name], `${label}: ${name}`).toBe(value);
  const policy = headers['content-security-policy'] ?? '';
  expect(policy, label).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  for (const directive of ["default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "script-src 'self' 'wasm-unsafe-eval' 'sha256-"]) {
    expect(policy, label).toContain(directive);
  }
  // The header is enforced on top of the page's own <meta> policy: the page's stylesheet must be in it.
  const styleSources = policy.split(';').find((directive) => directive.trim().startsWith('style-src')) ?? '';
  for (const hash of styleHashes(await response.text())) expect(styleSources, `${label}: its <style>`).toContain(hash);
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], label).toMatch(/(^|, )camera=\(\).*(, )geolocation=\(\).*(, )microphone=\(\)/);
  expect(headers['cross-origin-opener-policy'], label).toBe('same-origin');
}

/** Follows redirects by hand (at most `hops`), each of which must be permanent; returns the addresses passed. */
async function permanentRedirects(request: APIRequestContext, from: string, hops = 3): Promise<{ trail: string[]; last: APIResponse }> {
  const trail = [from];
  let response = await request.get(from, NO_FOLLOW);
  while ([301, 308].includes(response.status()) && trail.length <= hops) {
    trail.push(new URL(response.headers()['location']!, 'http://host').pathname);
    response = await request.get(trail.at(-1)!, NO_FOLLOW);
  }
  return { trail, last: response };
}

test('every page kind arrives with the security headers, and is not cached for long', async ({ request }) => {
  for (const { kind, path } of PAGE_KINDS) {
    const response = await request.get(path, NO_FOLLOW);
    expect(response.status(), kind).toBe(kind === '404' ? 404 : 200);
    expect(response.headers()['content-type'], kind).toMatch(/^text\/html/);
    await expectSecurityHeaders(response, kind);
    // A page keeps its address from one release to the next: a year's caching would pin an old copy.
    expect(response.headers()['cache-control'] ?? '', kind).not.toMatch(/immutable|max-age=[1-9]/);
  }
});

test('hashed build files are cached for a year, and so are Pagefind’s content-addressed files', async ({ request }) => {
  const astroFiles = readdirSync(`${dist}_astro`).map((name) => `/_astro/${name}`);
  expect(astroFiles.length).toBeGreaterThan(3);
  for (const file of astroFiles) {
    const response = await request.get(file, NO_FOLLOW);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe(YEAR);
  }
  const pagefind = readdirSync(`${dist}pagefind`, { withFileTypes: true });
  const folders = pagefind.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect(folders.sort()).toEqual(['filter', 'fragment', 'index']);
  for (const folder of folders) {
    // One file of each folder: every rule that matches adds its value, so one is enough to see two.
    const file = `/pagefind/${folder}/${readdirSync(`${dist}pagefind/${folder}`)[0]}`;
    expect((await request.get(file, NO_FOLLOW)).headers()['cache-control'], file).toBe(YEAR);
  }
  // The entry script keeps its name from build to build: an hour, so a new release is picked up.
  const entryFiles = pagefind.filter((entry) => entry.isFile()).map((entry) => `/pagefind/${entry.name}`);
  expect(entryFiles).toContain('/pagefind/pagefind.js');
  for (const file of entryFiles) {
    const response = await request.get(file, NO_FOLLOW);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe(HOUR);
  }
});

test('each old guide address answers 301 to its new page, which answers 200', async ({ request }) => {
  // The host must redirect before it looks for a file: Astro also writes a meta-refresh page at
  // each old address, which a 200 here would mean it served instead.
  const redirects = Object.entries(LEGACY_REDIRECTS);
  expect(redirects.length).toBeGreaterThan(50);
  for (const [from, to] of redirects) {
    const response = await request.get(from, NO_FOLLOW);
    expect(response.status(), from).toBe(301);
    expect(response.headers()['location'], from).toBe(to);
    const target = await request.get(to, NO_FOLLOW);
    expect(target.status(), `${from} → ${to}`).toBe(200);
  }
});

test('the counsellors’ page answers at the spelling its labels use, and in the singular', async ({ request }) => {
  for (const path of ['/counsellors/', '/counsellor/', '/counselor/', '/counsellors']) {
    const { trail, last } = await permanentRedirects(request, path);
    expect(trail.at(-1), path).toBe('/counselors/');
    expect(last.status(), path).toBe(200);
    expect(await last.text(), path).toContain('data-directory');
  }
});

test('an old address keeps its query string, and one typed without its last slash still arrives', async ({ request }) => {
  const query = await request.get('/guide/not-filling/reposted/?utm_source=newsletter', NO_FOLLOW);
  expect(query.status()).toBe(301);
  expect(query.headers()['location']).toBe('/guide/reposted/?utm_source=newsletter');
  const { trail, last } = await permanentRedirects(request, '/guide/not-filling/reposted');
  expect(trail.at(-1)).toBe('/guide/reposted/');
  expect(last.status()).toBe(200);
});

test('an unknown address gets the 404 page with status 404', async ({ request }) => {
  for (const path of ['/no-such-page/', '/no-such-page', '/guide/no-reply/interviews/maybe/', '/_astro/missing.js']) {
    const response = await request.get(path, NO_FOLLOW);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain('data-not-found-lede');
    await expectSecurityHeaders(response, path);
  }
});

test('/article and /article/index.html reach /article/', async ({ request }) => {
  for (const path of ['/article', '/article/index.html']) {
    const { trail, last } = await permanentRedirects(request, path);
    expect(trail, path).toEqual([path, '/article/']);
    expect(last.status(), path).toBe(200);
  }
});
