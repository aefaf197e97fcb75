import { describe, expect, test } from 'vitest';
import { LAZY_SCRIPTS, resolveLazyScriptUrl } from '../../src/lib/lazy-scripts';

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
