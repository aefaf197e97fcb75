import { describe, expect, test } from 'vitest';
import { guideStaticPaths } from '../../src/lib/guide-static-paths';

describe('one page per place in the guide', () => {
  const pages = guideStaticPaths();

  test('the first question is the guide’s own page, with no path', () => {
    const first = pages.filter((page) => page.params.path === undefined);
    expect(first).toEqual([{ params: { path: undefined }, props: { answers: [], stateId: 'what-happened' } }]);
  });

  test('every other page is addressed by its answers, joined by slashes', () => {
    expect(pages).toContainEqual({ params: { path: 'no-reply' }, props: { answers: ['no-reply'], stateId: 'last-stage' } });
    expect(pages).toContainEqual({
      params: { path: 'turned-down/by-email/still-keen/no-reason/a-job' },
      props: { answers: ['turned-down', 'by-email', 'still-keen', 'no-reason', 'a-job'], stateId: 'ask-feedback' },
    });
    for (const page of pages) {
      if (page.props.answers.length) expect(page.params.path!.split('/')).toEqual(page.props.answers);
    }
  });

  test('no two pages share an address', () => {
    const addresses = pages.map((page) => page.params.path ?? '');
    expect(new Set(addresses).size).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(40);
  });
});
