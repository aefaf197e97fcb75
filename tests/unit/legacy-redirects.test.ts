import { describe, expect, test } from 'vitest';
import legacy from '../fixtures/legacy-guide-urls.json' with { type: 'json' };
import { LEGACY_REDIRECTS } from '../../src/guide/legacy-redirects';
import { replayUrl } from '../../src/guide/guide-replay';
import { redirectsFile } from '../../src/integrations/static-host-files';

/**
 * Every guide address of the first release, recorded before the redesign, still opens a sensible
 * page: either it is still a valid step, or it redirects to one. Where the old address gave advice,
 * the reader still gets advice, or the one question that decides it.
 */
const resolve = (url: string) => LEGACY_REDIRECTS[url] ?? url;

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

  test('the static-host file lists every redirect as a 301', () => {
    const file = redirectsFile(LEGACY_REDIRECTS);
    expect(file).toContain('/guide/not-filling/reposted/ /guide/reposted/ 301');
    expect(file.trim().split('\n').filter((line) => !line.startsWith('#'))).toHaveLength(Object.keys(LEGACY_REDIRECTS).length);
  });
});
