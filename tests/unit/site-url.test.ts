import { describe, expect, test, vi } from 'vitest';
import siteUrlCheck, { siteUrl } from '../../src/integrations/site-url';

type BuildStart = (options: { logger: { warn: (message: string) => void } }) => void;
const runBuildStart = (env: Record<string, string | undefined>) => {
  const warn = vi.fn();
  (siteUrlCheck(env).hooks['astro:build:start'] as unknown as BuildStart)({ logger: { warn } });
  return warn;
};

describe('the site address', () => {
  test('comes from SITE_URL, and falls back to the placeholder', () => {
    expect(siteUrl({ SITE_URL: 'https://jobs.example.org' })).toBe('https://jobs.example.org');
    expect(siteUrl({})).toBe('https://after-the-no.example');
    expect(siteUrl({ SITE_URL: '' })).toBe('https://after-the-no.example');
  });

  test('a build without SITE_URL warns, naming the placeholder it used', () => {
    const warn = runBuildStart({});
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toContain('https://after-the-no.example');
    expect(warn.mock.calls[0]![0]).toContain('SITE_URL');
  });

  test('a build with SITE_URL is quiet', () => {
    expect(runBuildStart({ SITE_URL: 'https://jobs.example.org' })).not.toHaveBeenCalled();
  });
});
