import { describe, expect, test } from 'vitest';
import { directiveSources, inlineHashes, tightenPagePolicy } from '../../src/integrations/page-policy';
import { headerPolicy, scriptHash } from '../../src/lib/security-policy';

// Hashes written out by hand from known texts, so a wrong hash function can't agree with itself.
const EMPTY = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
const used = { style: 'body{color:red}', script: 'go()' };
const unused = { style: 'p{margin:0}', script: 'other()' };
const q = (text: string) => `'${scriptHash(text)}'`;

/** A page as Astro writes it: one policy for the whole site, listing every page's hashes. */
function page(policy: string, body = `<style>${used.style}</style><script>${used.script}</script>`): string {
  return `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;
}
const sitePolicy = `default-src 'self'; script-src 'self' ${q(used.script)} ${q(unused.script)}; style-src 'self' ${q(unused.style)} ${q(used.style)} '${EMPTY}';`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('each page’s policy lists only what that page inlines', () => {
  test('hashes of other pages’ scripts and styles are dropped; sources and other directives stay', () => {
    const policy = policyOf(tightenPagePolicy(page(sitePolicy)));
    expect(directiveSources(policy, 'script-src')).toEqual(["'self'", q(used.script)]);
    expect(directiveSources(policy, 'style-src')).toEqual(["'self'", q(used.style)]);
    expect(directiveSources(policy, 'default-src')).toEqual(["'self'"]);
  });

  test('the rest of the page is untouched', () => {
    const html = page(sitePolicy);
    const tightened = tightenPagePolicy(html);
    expect(tightened.replace(policyOf(tightened), '')).toBe(html.replace(policyOf(html), ''));
  });

  test('a page that inlines nothing allows no hash at all', () => {
    const policy = policyOf(tightenPagePolicy(page(sitePolicy, '<script src="/_astro/a.js"></script><link rel="icon" href="/a.svg">')));
    expect(policy).not.toContain('sha256-');
  });

  test('an inline style or script the policy never allowed stops the build, naming its hash', () => {
    expect(() => tightenPagePolicy(page(sitePolicy, '<style>h1{color:blue}</style>'))).toThrow(scriptHash('h1{color:blue}'));
    expect(() => tightenPagePolicy(page(sitePolicy, '<script type="module">evil()</script>'))).toThrow(scriptHash('evil()'));
  });

  test('a page with no policy is left alone only when it inlines nothing (a redirect page)', () => {
    const redirect = '<!DOCTYPE html><meta http-equiv="refresh" content="0;url=/guide/"><a href="/guide/">/guide/</a>';
    expect(tightenPagePolicy(redirect)).toBe(redirect);
    expect(() => tightenPagePolicy('<html><head><style>p{}</style></head></html>')).toThrow(/no Content-Security-Policy/);
  });
});

describe('inline hashes', () => {
  test('are the hashes of each inline style, once each, in page order', () => {
    const html = `<style>${used.style}</style><style>${unused.style}</style><style>${used.style}</style>`;
    expect(inlineHashes(html, 'style')).toEqual([scriptHash(used.style), scriptHash(unused.style)]);
    expect(inlineHashes('<style></style>', 'style')).toEqual([EMPTY]);
  });

  test('skip script files and data blocks, which the browser does not run as inline code', () => {
    const html = '<script src="/a.js"></script><script type="application/ld+json">{}</script><script type="module">x()</script>';
    expect(inlineHashes(html, 'script')).toEqual([scriptHash('x()')]);
  });
});

describe('the header policy', () => {
  test('allows each inlined stylesheet by its hash, and nothing inline by default', () => {
    expect(directiveSources(headerPolicy([scriptHash(used.style)]), 'style-src')).toEqual(["'self'", q(used.style)]);
    expect(directiveSources(headerPolicy(), 'style-src')).toEqual(["'self'"]);
  });
});
