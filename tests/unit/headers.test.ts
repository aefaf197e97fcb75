import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CACHE_RULES, headersFile, unlistedInlineScripts } from '../../src/integrations/static-host-files';
import { INLINE_SCRIPT_HASHES, PAGE_SCRIPT_HASH, headerPolicy, scriptHash } from '../../src/lib/security-policy';
import { PAGE_SCRIPT, compilePageScript } from '../../src/lib/page-script';
import { BUDGETS } from '../support/page-weight.mjs';

// What the build writes to dist/_headers. That it matches the policy in the built pages' <meta>
// is checked against the built site by the browser tests, which serve every page with it.
const headersText = headersFile();

/** The headers of one path block, as a host reads them. */
function block(path: string): Record<string, string> {
  const lines = headersText.split('\n');
  const start = lines.indexOf(path);
  expect(start, `${path} block`).toBeGreaterThanOrEqual(0);
  const entries: [string, string][] = [];
  for (const line of lines.slice(start + 1)) {
    const match = /^\s+([\w-]+): (.+)$/.exec(line);
    if (!match) break;
    entries.push([match[1]!, match[2]!]);
  }
  return Object.fromEntries(entries);
}

describe('dist/_headers', () => {
  test('sends the policy from src/lib/security-policy.ts, with the hash of the inline page script', () => {
    const policy = block('/*')['Content-Security-Policy'];
    expect(policy).toBe(headerPolicy());
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' '${scriptHash(PAGE_SCRIPT)}'`);
    expect(policy).toContain("style-src 'self'");
  });

  test('the policy is strict', () => {
    const policy = headerPolicy();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
  });

  test('sets the other security headers on every path', () => {
    const headers = block('/*');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(headers['Permissions-Policy']).toMatch(/^([a-z-]+=\((?:self)?\))(, [a-z-]+=\((?:self)?\))*$/);
    expect(headers['Permissions-Policy']).toContain('fullscreen=(self)');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  test('caches hashed assets for a year, and Pagefind’s entry script for an hour', () => {
    expect(block('/_astro/*')).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
    expect(block('/pagefind/:file')).toEqual({ 'Cache-Control': 'public, max-age=3600' });
    expect(block('/pagefind/fragment/*')).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
    expect(block('/pagefind/index/*')).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
    expect(block('/pagefind/filter/*')).toEqual({ 'Cache-Control': 'public, max-age=31536000, immutable' });
    expect(CACHE_RULES).toHaveLength(5);
  });

  test('no two cache rules match one file (hosts would send both values)', () => {
    // Path patterns as Cloudflare Pages and Netlify read them: * matches anything, :name one segment.
    const matches = (pattern: string, path: string) => {
      const parts = pattern.split(/(\*|:\w+)/).map((part) =>
        part === '*' ? '.*' : /^:\w+$/.test(part) ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
      );
      return new RegExp(`^${parts.join('')}$`).test(path);
    };
    const files = [
      '/_astro/guide.B1x2y3.js',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en.pagefind',
      '/pagefind/pagefind.en_e13288b011.pf_meta',
      '/pagefind/fragment/en_16e6b83.pf_fragment',
      '/pagefind/index/en_867c19e.pf_index',
      '/pagefind/filter/en_1a2b3c4.pf_filter',
    ];
    for (const file of files) {
      expect(CACHE_RULES.filter((rule) => matches(rule.path, file)).map((rule) => rule.path), file).toHaveLength(1);
    }
  });

  test('is in the format hosts read: path lines, indented headers, comments', () => {
    for (const line of headersText.trimEnd().split('\n')) {
      expect(line, JSON.stringify(line)).toMatch(/^(#.*|\/\S*|\s{2}[\w-]+: \S.*|)$/);
    }
    expect(headersText.endsWith('\n')).toBe(true);
  });
});

describe('the build refuses inline scripts the header policy does not allow', () => {
  const policy = headerPolicy();

  test('the page script is allowed', () => {
    expect(unlistedInlineScripts(`<head><script>${PAGE_SCRIPT}</script></head>`, policy)).toEqual([]);
  });

  test('any other inline script is reported by its hash', () => {
    const html = `<script>${PAGE_SCRIPT}</script><script type="module">alert(1)</script><script>${PAGE_SCRIPT} </script>`;
    expect(unlistedInlineScripts(html, policy)).toEqual([scriptHash('alert(1)'), scriptHash(`${PAGE_SCRIPT} `)]);
  });

  test('script files and data blocks are not inline scripts', () => {
    const html = '<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script>';
    expect(unlistedInlineScripts(html, policy)).toEqual([]);
  });
});

describe('the inline page script', () => {
  const source = readFileSync(new URL('../../src/lib/page-script/theme-and-search-shortcut.ts', import.meta.url), 'utf8');

  test('is the minified build of its TypeScript source, and its hash is what the policy lists', () => {
    expect(PAGE_SCRIPT).toBe(compilePageScript(source));
    expect(PAGE_SCRIPT_HASH).toBe(scriptHash(PAGE_SCRIPT));
    expect(INLINE_SCRIPT_HASHES).toContain(PAGE_SCRIPT_HASH);
  });

  test('is one self-contained classic script: no types, imports or exports left, no global names', () => {
    expect(PAGE_SCRIPT).toMatch(/^\(\(\)=>\{[\s\S]*\}\)\(\);$/);
    expect(PAGE_SCRIPT).not.toMatch(/\bimport\s*[{*\w]|\bexport\b|: (string|boolean|void)\b|<\/script/i);
    expect(PAGE_SCRIPT).toContain('import(');
  });

  test('stays within its budget (gzip)', () => {
    expect(gzipSync(PAGE_SCRIPT, { level: 9 }).length).toBeLessThanOrEqual(BUDGETS.inlineJs);
  });

  test('refuses to compile nothing', () => {
    expect(() => compilePageScript('')).toThrow(/source is missing/);
  });
});
