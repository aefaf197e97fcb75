import { describe, expect, test } from 'vitest';
import { furthestUrl, isGuidePath, outcomeUrl, pathUrl, SLUG_PATTERN } from '../../src/guide/guide-urls';

describe('guide addresses', () => {
  test('a path reads like its answers, with a trailing slash', () => {
    expect(pathUrl([])).toBe('/guide/');
    expect(pathUrl(['no-reply'])).toBe('/guide/no-reply/');
    expect(pathUrl(['turned-down', 'by-email', 'still-keen'])).toBe('/guide/turned-down/by-email/still-keen/');
  });

  test('an outcome has its own page under /guide/outcomes/', () => {
    expect(outcomeUrl('ask-feedback')).toBe('/guide/outcomes/ask-feedback/');
  });

  test('a reader carries on from their path, or from the outcome page when no answers led there', () => {
    expect(furthestUrl({ answers: [], stateId: 'ask-feedback', done: true })).toBe('/guide/outcomes/ask-feedback/');
    expect(furthestUrl({ answers: ['no-reply', 'applied'], stateId: 'move-on-automated', done: true })).toBe('/guide/no-reply/applied/');
    expect(furthestUrl({ answers: [], stateId: 'what-happened', done: false })).toBe('/guide/');
    expect(furthestUrl({ answers: ['no-reply'], stateId: 'last-stage', done: false })).toBe('/guide/no-reply/');
  });

  test('slugs are lower-case words (letters or digits) joined by single hyphens', () => {
    for (const good of ['a', 'no-reply', 'six-weeks-or-more', 'round2', 'x1-2y']) expect(SLUG_PATTERN.test(good), good).toBe(true);
    for (const bad of ['', 'No-reply', 'no_reply', '-a', 'a-', 'a--b', ' a', 'a ', 'a/b', 'a.b', 'é']) {
      expect(SLUG_PATTERN.test(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('a guide address', () => {
  test('is one in any case, with or without its last slash; nothing else is', () => {
    for (const path of ['/guide/', '/guide', '/Guide/No-Reply/', '/GUIDE']) expect(isGuidePath(path), path).toBe(true);
    for (const path of ['/', '/guides/', '/guidebook', '/questions/guide/']) expect(isGuidePath(path), path).toBe(false);
  });
});
