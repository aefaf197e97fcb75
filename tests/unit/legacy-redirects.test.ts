import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import legacy from '../fixtures/legacy-guide-urls.json' with { type: 'json' };
import secondRelease from '../fixtures/second-release-guide-urls.json' with { type: 'json' };
import { LEGACY_REDIRECTS } from '../../src/guide/legacy-redirects';
import { replayUrl } from '../../src/guide/guide-replay';
import { redirectHost, redirectsFile } from '../../src/integrations/static-host-files';

/**
 * Every guide address of the first release, recorded before the redesign, still opens a sensible
 * page: either it is still a valid step, or it redirects to one. Where the old address gave advice,
 * the reader still gets advice, or the one question that decides it.
 */
const resolve = (url: string) => LEGACY_REDIRECTS[url] ?? url;

describe('links of the second release keep working', () => {
  test.each([...secondRelease.paths, ...secondRelease.outcomes].map((entry) => [entry.url, entry.stateId]))('%s (was %s)', (url) => {
    const target = resolve(url);
    expect(replayUrl(target).problem, `${url} → ${target}`).toBeUndefined();
    // An address the guide still has is never taken from its readers.
    if (url in LEGACY_REDIRECTS) expect(replayUrl(url).problem, `${url} is redirected only because it is no longer valid`).toBeDefined();
    const mapUrl = url.replace('/guide/', '/guide/map/');
    if (!url.includes('/outcomes/')) expect(replayUrl(LEGACY_REDIRECTS[mapUrl] ?? mapUrl).problem, mapUrl).toBeUndefined();
  });
});

describe('links already sent keep working', () => {
  test.each([...legacy.paths, ...legacy.outcomes].map((entry) => [entry.url, entry.stateId]))('%s', (url) => {
    const target = resolve(url);
    expect(replayUrl(target).problem, `${url} → ${target}`).toBeUndefined();
    if (url in LEGACY_REDIRECTS) expect(replayUrl(url).problem, `${url} is redirected only because it is no longer valid`).toBeDefined();
  });

  test('the map pages of old paths lead to the map pages of their new paths', () => {
    for (const { url } of legacy.paths) {
      const mapUrl = url.replace('/guide/', '/guide/map/');
      const target = LEGACY_REDIRECTS[mapUrl] ?? mapUrl;
      expect(target.startsWith('/guide/map/'), mapUrl).toBe(true);
      expect(replayUrl(target.replace('/guide/map/', '/guide/')).problem, `${mapUrl} → ${target}`).toBeUndefined();
    }
  });

  test('a redirect never leads to another redirect', () => {
    for (const target of Object.values(LEGACY_REDIRECTS)) expect(LEGACY_REDIRECTS[target], target).toBeUndefined();
  });

  test('old advice still ends in advice of the same kind, or at the question that decides it', () => {
    // Hand-picked from the fixture: the old outcome pages of each kind.
    expect(replayUrl(resolve('/guide/turned-down/still-interested/no-reason/job/by-email/')).stateId).toBe('ask-feedback');
    expect(replayUrl(resolve('/guide/not-filling/reposted/')).stateId).toBe('reapply-reposted');
    expect(replayUrl(resolve('/guide/no-reply/no-date/followed-up/')).stateId).toBe('move-on-no-reply');
    expect(replayUrl(resolve('/guide/outcomes/move-on-same-internship/')).stateId).toBe('move-on-same-programme');
    // The old guide said "send now" before a promised date; the new one says wait.
    expect(replayUrl(resolve('/guide/no-reply/date-to-come/')).stateId).toBe('wait-for-their-date');
  });

});

describe('dist/_redirects, for each host', () => {
  /** The rules of a _redirects file as [from, to, status], comments left out. */
  const rules = (file: string) =>
    file
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .map((line) => line.split(' '));
  const expected = Object.entries(LEGACY_REDIRECTS);

  test('Cloudflare Pages (the default): every redirect as a plain 301, which it applies before its files', () => {
    const file = redirectsFile(LEGACY_REDIRECTS);
    expect(file).toContain('/guide/not-filling/reposted/ /guide/reposted/ 301\n');
    expect(rules(file)).toEqual(expected.map(([from, to]) => [from, to, '301']));
    // Cloudflare rejects the forced mark as an invalid rule.
    expect(file).not.toContain('!');
  });

  test('Netlify: every redirect forced (301!), since a meta-refresh page exists at each old address', () => {
    const file = redirectsFile(LEGACY_REDIRECTS, 'netlify');
    expect(file).toContain('/guide/not-filling/reposted/ /guide/reposted/ 301!\n');
    expect(rules(file)).toEqual(expected.map(([from, to]) => [from, to, '301!']));
  });

  test('the host comes from STATIC_HOST, and an unknown one stops the build', () => {
    expect(redirectHost({})).toBe('cloudflare');
    expect(redirectHost({ STATIC_HOST: '' })).toBe('cloudflare');
    expect(redirectHost({ STATIC_HOST: 'netlify' })).toBe('netlify');
    expect(() => redirectHost({ STATIC_HOST: 'Netlify' })).toThrow(/STATIC_HOST=Netlify .*cloudflare, netlify/);
  });

  test('netlify.toml builds the site for Netlify: the build command, dist/, and STATIC_HOST=netlify', () => {
    // Netlify reads netlify.toml from the repository root (never from dist/), _redirects from dist/.
    const config = parse(readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8'));
    expect(config).toEqual({ build: { command: 'npm run build', publish: 'dist', environment: { STATIC_HOST: 'netlify' } } });
  });
});

describe('the redirect table', () => {
  test('has each old step twice (guide and map) and each renamed outcome once', () => {
    const from = Object.keys(LEGACY_REDIRECTS);
    const mapSteps = from.filter((url) => url.startsWith('/guide/map/'));
    expect(mapSteps.length).toBeGreaterThanOrEqual(25);
    expect(from.filter((url) => url.startsWith('/guide/outcomes/')).sort()).toEqual([
      '/guide/outcomes/linkedin-note/',
      '/guide/outcomes/move-on-same-internship/',
      '/guide/outcomes/voicemail-script/',
    ]);
    expect(from).toHaveLength(2 * mapSteps.length + 3);
  });

  test('addresses keep the shape of the site: a root, answers, a trailing slash', () => {
    for (const [from, to] of Object.entries(LEGACY_REDIRECTS)) {
      for (const url of [from, to]) expect(url, `${from} → ${to}`).toMatch(/^\/guide\/([a-z0-9-]+\/)*$/);
      expect(from.startsWith('/guide/map/'), from).toBe(to.startsWith('/guide/map/'));
    }
  });

  test('an old question that is now a first answer leads to the start of the guide, or of the map', () => {
    expect(LEGACY_REDIRECTS['/guide/not-filling/']).toBe('/guide/');
    expect(LEGACY_REDIRECTS['/guide/map/not-filling/']).toBe('/guide/map/');
    expect(LEGACY_REDIRECTS['/guide/map/not-filling/reposted/']).toBe('/guide/map/reposted/');
  });

  test('a renamed outcome leads to its new page', () => {
    expect(LEGACY_REDIRECTS['/guide/outcomes/move-on-same-internship/']).toBe('/guide/outcomes/move-on-same-programme/');
  });

  test('only the old "not filling" question itself leads back to the start', () => {
    for (const [from, to] of Object.entries(LEGACY_REDIRECTS)) {
      if (!from.endsWith('/not-filling/')) expect(to.replace('/map/', '/'), from).not.toBe('/guide/');
    }
  });

  // Hand-picked judgements: where the old answers were enough, the new path gives the same facts.
  test.each([
    ['/guide/turned-down/still-interested/', '/guide/turned-down/by-email/still-keen/'],
    ['/guide/turned-down/not-interested/', '/guide/turned-down/by-email/put-off/'],
    ['/guide/turned-down/still-interested/not-a-fit/', '/guide/turned-down/by-email/still-keen/closer-match/'],
    ['/guide/turned-down/still-interested/no-reason/internship/same-internship/', '/guide/turned-down/by-email/still-keen/no-reason/'],
    ['/guide/turned-down/still-interested/no-reason/internship/different-internship/', '/guide/turned-down/by-email/still-keen/no-reason/first-try/'],
    ['/guide/not-filling/not-reposted/', '/guide/on-hold/'],
    ['/guide/not-filling/not-reposted/already-replied/', '/guide/on-hold/already-replied/'],
    ['/guide/no-reply/date-passed/not-since/', '/guide/no-reply/interviews/in-touch-by-email/date-passed/'],
    ['/guide/no-reply/date-passed/chased-since/', '/guide/no-reply/interviews/in-touch-by-email/date-passed/under-six-weeks/chased-since/'],
    ['/guide/no-reply/no-date/not-followed-up/', '/guide/no-reply/interviews/in-touch-by-email/no-date/'],
    ['/guide/map/no-reply/no-date/followed-up/', '/guide/map/no-reply/interviews/in-touch-by-email/no-date/one-to-six-weeks/followed-up/'],
    // The second release: who told you became how you heard; where you talk moved to the start.
    ['/guide/turned-down/employer/', '/guide/turned-down/by-email/'],
    ['/guide/turned-down/internal/', '/guide/internal/'],
    ['/guide/turned-down/employer/still-keen/no-reason/a-job/by-email/', '/guide/turned-down/by-email/still-keen/no-reason/a-job/'],
    ['/guide/turned-down/employer/still-keen/no-reason/a-job/by-phone/', '/guide/turned-down/by-phone/phone-is-easiest/still-keen/no-reason/a-job/'],
    ['/guide/turned-down/employer/still-keen/closer-match/none-in-mind/on-linkedin/', '/guide/turned-down/on-linkedin/still-keen/closer-match/none-in-mind/'],
    ['/guide/turned-down/employer/still-keen/no-reason/a-programme/first-try/', '/guide/turned-down/by-email/still-keen/no-reason/first-try/'],
    ['/guide/no-reply/final-round/no-date/one-to-six-weeks/followed-up/', '/guide/no-reply/final-round/in-touch-by-email/no-date/one-to-six-weeks/followed-up/'],
    // The voicemail and LinkedIn notes are now channels of "Ask for feedback", opened on that channel.
    ['/guide/outcomes/voicemail-script/', '/guide/turned-down/by-phone/phone-is-easiest/still-keen/no-reason/a-job/'],
    ['/guide/outcomes/linkedin-note/', '/guide/turned-down/on-linkedin/still-keen/no-reason/a-job/'],
  ])('%s → %s', (from, to) => {
    expect(LEGACY_REDIRECTS[from]).toBe(to);
  });
});
