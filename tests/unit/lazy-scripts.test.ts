import { afterEach, describe, expect, test } from 'vitest';
import { chunkImports, LAZY_SCRIPT_IMPORTS, LAZY_SCRIPT_URLS, LAZY_SCRIPTS, lazyScriptUrls, resolveLazyScriptUrl } from '../../src/lib/lazy-scripts';

describe('lazy script URLs', () => {
  const built = { search: '/_astro/lazy-search.abc123.js', templateTool: '/_astro/lazy-templateTool.def456.js' };

  test('pages get the built chunk, in a build and under astro dev alike', () => {
    expect(resolveLazyScriptUrl('search', built, false)).toBe('/_astro/lazy-search.abc123.js');
    expect(resolveLazyScriptUrl('templateTool', built, true)).toBe('/_astro/lazy-templateTool.def456.js');
  });

  test('astro dev, which builds no chunks, serves the source file', () => {
    expect(resolveLazyScriptUrl('search', undefined, true)).toBe(`/${LAZY_SCRIPTS.search}`);
    expect(resolveLazyScriptUrl('templateTool', { search: built.search }, true)).toBe(`/${LAZY_SCRIPTS.templateTool}`);
  });

  test('a production build without the chunk URL fails, naming the script', () => {
    expect(() => resolveLazyScriptUrl('search', undefined, false)).toThrow(/lazy script "search" \(src\/search\/search-entry\.ts\)/);
    expect(() => resolveLazyScriptUrl('templateTool', { search: built.search }, false)).toThrow(/"templateTool"/);
    expect(() => resolveLazyScriptUrl('search', { search: '' }, false)).toThrow(/404s in production/);
  });
});

describe("a lazy script's URL with its imports", () => {
  const urls = LAZY_SCRIPT_URLS;
  const imports = LAZY_SCRIPT_IMPORTS;
  const store = globalThis as Record<symbol, unknown>;

  afterEach(() => {
    delete store[urls];
    delete store[imports];
  });

  test('the entry first, then each chunk it imports', () => {
    store[urls] = { guideReplay: '/_astro/lazy-guideReplay.a.js' };
    store[imports] = { guideReplay: ['/_astro/guide-replay.b.js', '/_astro/guide-urls.c.js'] };
    expect(lazyScriptUrls('guideReplay').split(' ')).toEqual(['/_astro/lazy-guideReplay.a.js', '/_astro/guide-replay.b.js', '/_astro/guide-urls.c.js']);
  });

  test('a script that imports nothing is its URL alone', () => {
    store[urls] = { search: '/_astro/lazy-search.a.js' };
    store[imports] = { search: [] };
    expect(lazyScriptUrls('search')).toBe('/_astro/lazy-search.a.js');
  });
});

describe("the chunks a lazy script imports", () => {
  const bundle: Record<string, string[]> = {
    'entry.js': ['a.js', 'b.js'],
    'a.js': ['shared.js'],
    'b.js': ['shared.js', 'c.js'],
    'c.js': ['b.js', 'entry.js'],
    'shared.js': [],
  };
  const importsOf = (file: string) => bundle[file] ?? [];

  test('every depth, each chunk once, even where two chunks share one or import each other', () => {
    expect(chunkImports('entry.js', importsOf).sort()).toEqual(['a.js', 'b.js', 'c.js', 'shared.js']);
  });

  test('a chunk that imports nothing (or is not in the bundle) needs nothing more', () => {
    expect(chunkImports('shared.js', importsOf)).toEqual([]);
    expect(chunkImports('missing.js', importsOf)).toEqual([]);
  });
});
