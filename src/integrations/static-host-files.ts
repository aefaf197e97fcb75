import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { SITE_REDIRECTS } from '../lib/site-redirects';
import { headerPolicy, securityHeaders } from '../lib/security-policy';
import { directiveSources, inlineHashes, tightenPagePolicy } from './page-policy';

/**
 * Writes the files static hosts (Netlify, Cloudflare Pages…) read from the site's root:
 * dist/_redirects, from the same map as Astro's own redirect pages, so a host answers old links
 * with a real 301; and dist/_headers, from src/lib/security-policy.ts, the policy the pages'
 * <meta> tags carry. Neither is kept by hand.
 */

/**
 * The hosts whose `_redirects` differ. Astro also writes a meta-refresh page at each old address
 * (for hosts that read no `_redirects`). Cloudflare Pages redirects before it looks for a file, and
 * rejects a forced rule (`301!`) as invalid; Netlify serves an existing file in place of an
 * unforced rule, so there each rule must be forced, or the meta-refresh pages would answer 200.
 */
export const REDIRECT_HOSTS = ['cloudflare', 'netlify'] as const;
export type RedirectHost = (typeof REDIRECT_HOSTS)[number];

/** The host the build writes `_redirects` for: `STATIC_HOST` (netlify.toml sets it for Netlify's builds), else Cloudflare's form. */
export function redirectHost(env: Readonly<Record<string, string | undefined>> = process.env): RedirectHost {
  const host = env.STATIC_HOST || 'cloudflare';
  if (!(REDIRECT_HOSTS as readonly string[]).includes(host)) {
    throw new Error(`STATIC_HOST=${host} is not a host the build knows: use one of ${REDIRECT_HOSTS.join(', ')} (or leave it unset).`);
  }
  return host as RedirectHost;
}

/** dist/_redirects: a 301 for each old address, in the form `host` needs. */
export function redirectsFile(redirects: Readonly<Record<string, string>>, host: RedirectHost = 'cloudflare'): string {
  const status = host === 'netlify' ? '301!' : '301';
  const lines = Object.entries(redirects).map(([from, to]) => `${from} ${to} ${status}`);
  const header = [
    '# Made by the build from src/guide/legacy-redirects.ts; do not edit.',
    host === 'netlify'
      ? '# For Netlify (STATIC_HOST=netlify): forced, because a page exists at each old address.'
      : '# For Cloudflare Pages and hosts like it; Netlify needs STATIC_HOST=netlify (see netlify.toml).',
  ];
  return `${[...header, ...lines].join('\n')}\n`;
}

/**
 * Cache rules by path pattern, each with why. No two may match one file: hosts send the headers of
 * every rule that matches (Cloudflare Pages joins two Cache-Control values into one contradictory
 * header), so Pagefind's top-level files are matched by a one-segment placeholder, not `/*`.
 */
export const CACHE_RULES: readonly { comment?: string; path: string; cacheControl: string }[] = [
  {
    comment: 'Hashed build output never changes under the same name: cache it for a year.',
    path: '/_astro/*',
    cacheControl: 'public, max-age=31536000, immutable',
  },
  {
    comment: "Pagefind's entry script and the other files beside it keep their names from one build to the next.",
    path: '/pagefind/:file',
    cacheControl: 'public, max-age=3600',
  },
  {
    comment: 'Its index, fragments and filters are content-addressed.',
    path: '/pagefind/fragment/*',
    cacheControl: 'public, max-age=31536000, immutable',
  },
  { path: '/pagefind/index/*', cacheControl: 'public, max-age=31536000, immutable' },
  { path: '/pagefind/filter/*', cacheControl: 'public, max-age=31536000, immutable' },
];

/** dist/_headers: security headers on every path, then the cache rules. */
export function headersFile(
  headers: Readonly<Record<string, string>> = securityHeaders(),
  cacheRules: typeof CACHE_RULES = CACHE_RULES,
): string {
  const block = (path: string, entries: Record<string, string>) =>
    [path, ...Object.entries(entries).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const sections = [
    [
      '# Security and caching headers, in the format common static hosts read (Netlify, Cloudflare Pages…).',
      '# Made by the build from src/lib/security-policy.ts and src/integrations/static-host-files.ts; do not edit.',
      block('/*', headers),
    ].join('\n'),
    ...cacheRules.map(({ comment, path, cacheControl }) =>
      [...(comment ? [`# ${comment}`] : []), block(path, { 'Cache-Control': cacheControl })].join('\n'),
    ),
  ];
  // A blank line before each commented group, as a person would write it.
  return `${sections.reduce((text, section) => text + (section.startsWith('#') ? '\n\n' : '\n') + section)}\n`;
}

/**
 * Hashes of the inline scripts in `html` that `policy` does not allow (JSON and other data blocks
 * are not scripts to the browser and are skipped).
 */
export function unlistedInlineScripts(html: string, policy: string): string[] {
  const allowed = new Set(directiveSources(policy, 'script-src'));
  return inlineHashes(html, 'script').filter((hash) => !allowed.has(`'${hash}'`));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export default function staticHostFiles(): AstroIntegration {
  // Read when the config loads, so a mistyped STATIC_HOST stops the build before it starts.
  const host = redirectHost();
  return {
    name: 'after-the-no:static-host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const styleHashes = new Set<string>();
        const problems: string[] = [];
        for (const file of htmlFiles(siteDir)) {
          const name = relative(siteDir, file);
          let html = readFileSync(file, 'utf8');
          // Each page's own <meta> lists only what it inlines (see page-policy.ts).
          try {
            html = tightenPagePolicy(html);
          } catch (error) {
            throw new Error(`${name}: ${(error as Error).message}`);
          }
          writeFileSync(file, html);
          for (const hash of inlineHashes(html, 'style')) styleHashes.add(hash);
          problems.push(...unlistedInlineScripts(html, headerPolicy()).map((hash) => `${name}: ${hash}`));
        }
        // The header policy is enforced on top of each page's own: an inline script it does not
        // list would be blocked on any host that sends dist/_headers, so stop the build instead.
        if (problems.length) {
          throw new Error(
            `Inline scripts whose hash the Content-Security-Policy does not list (add them to INLINE_SCRIPT_HASHES in src/lib/security-policy.ts, or load them as files):\n  ${[...new Set(problems)].slice(0, 10).join('\n  ')}`,
          );
        }
        // Every page's inlined CSS is allowed by hash, so hosts that send the header allow it too.
        writeFileSync(join(siteDir, '_headers'), headersFile(securityHeaders([...styleHashes].sort())));
        writeFileSync(join(siteDir, '_redirects'), redirectsFile(SITE_REDIRECTS, host));
        logger.info(`_headers: security headers and ${CACHE_RULES.length} cache rules; _redirects (${host}): ${Object.keys(SITE_REDIRECTS).length} old addresses`);
      },
    },
  };
}
