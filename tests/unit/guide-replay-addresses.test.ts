import { describe, expect, test } from 'vitest';
import { replayAnswers, replayUrl } from '../../src/guide/guide-replay';

/**
 * More of src/guide/guide-replay.ts (kept apart from guide-replay.test.ts, which covers the
 * round trip of every path and the messages): each answer replayed, and the shape of addresses.
 */

describe('replaying answers', () => {
  test('no answers is the first question, not yet done', () => {
    expect(replayAnswers([])).toEqual({ answers: [], stateId: 'what-happened', done: false });
  });

  test('answers that reach advice are done', () => {
    expect(replayAnswers(['no-reply', 'applied'])).toEqual({ answers: ['no-reply', 'applied'], stateId: 'move-on-automated', done: true });
    expect(replayAnswers(['no-reply', 'interviews'])).toEqual({ answers: ['no-reply', 'interviews'], stateId: 'in-touch-how', done: false });
  });

  test('stops at the first problem, keeping the answers before it', () => {
    expect(replayAnswers(['no-reply', 'applied', 'more', 'Bad'])).toEqual({
      answers: ['no-reply', 'applied'],
      stateId: 'move-on-automated',
      done: true,
      problem: { kind: 'after-outcome', segment: 'more', stateId: 'move-on-automated' },
    });
    expect(replayAnswers(['no-reply', 'Bad', 'more'])).toEqual({
      answers: ['no-reply'],
      stateId: 'last-stage',
      done: false,
      problem: { kind: 'malformed', segment: 'Bad' },
    });
    expect(replayAnswers(['no-reply', 'in-touch-by-email'])).toMatchObject({ problem: { kind: 'skipped-question', segment: 'in-touch-by-email', stateId: 'last-stage' } });
    expect(replayAnswers(['no-reply', 'banana'])).toMatchObject({ problem: { kind: 'unknown-answer', segment: 'banana', stateId: 'last-stage' } });
  });

  test('a malformed part after the advice is reported as malformed', () => {
    expect(replayAnswers(['reposted', 'Bad']).problem).toEqual({ kind: 'malformed', segment: 'Bad' });
  });
});

describe('replaying addresses', () => {
  test('only /guide and what is under it are guide addresses', () => {
    for (const address of ['/guidebook/', '/guides/no-reply/', '/', '', '/questions/guide/']) {
      expect(replayUrl(address), address).toEqual({ answers: [], stateId: 'what-happened', done: false, problem: { kind: 'not-guide' } });
    }
    expect(replayUrl('/guide/')).toEqual({ answers: [], stateId: 'what-happened', done: false });
  });

  test('answers may be percent-encoded', () => {
    expect(replayUrl('/guide/no%2Dreply/applied/')).toEqual({ answers: ['no-reply', 'applied'], stateId: 'move-on-automated', done: true });
  });

  test('an address that cannot be decoded is quoted whole', () => {
    expect(replayUrl('/guide/%E0%A4%A/')).toEqual({
      answers: [],
      stateId: 'what-happened',
      done: false,
      problem: { kind: 'malformed', segment: '/guide/%E0%A4%A/' },
    });
  });

  test('doubled slashes, capitals and a last "index.html" are read past, as a reader would', () => {
    const lastStage = replayUrl('/guide/no-reply/');
    expect(lastStage.problem).toBeUndefined();
    for (const address of ['/guide//no-reply/', '/guide/no-reply//', '/guide/No-Reply/', '/GUIDE/NO-REPLY', '/guide/no-reply/index.html', '/Guide//No-Reply/INDEX.HTML', '/guide/no-reply/index.html/']) {
      expect(replayUrl(address), address).toEqual(lastStage);
    }
    expect(replayUrl('/guide//')).toEqual(replayUrl('/guide/'));
    expect(replayUrl('/guide/OUTCOMES/Ask-Feedback/')).toEqual(replayUrl('/guide/outcomes/ask-feedback/'));
    // Only at the end: anywhere else it is a part the guide doesn't know.
    expect(replayUrl('/guide/index.html/no-reply/').problem).toEqual({ kind: 'malformed', segment: 'index.html' });
  });

  test('an outcome page with no outcome named', () => {
    for (const address of ['/guide/outcomes/', '/guide/outcomes']) {
      expect(replayUrl(address), address).toEqual({ answers: [], stateId: 'what-happened', done: false, problem: { kind: 'unknown-outcome', segment: '' } });
    }
  });

  test('"outcomes" is only special right after /guide/', () => {
    expect(replayUrl('/guide/no-reply/outcomes/ask-feedback/').problem).toEqual({ kind: 'unknown-answer', segment: 'outcomes', stateId: 'last-stage' });
  });

  test('an outcome page followed by more is reported with what follows', () => {
    expect(replayUrl('/guide/outcomes/ask-feedback/more/')).toEqual({
      answers: [],
      stateId: 'ask-feedback',
      done: true,
      problem: { kind: 'after-outcome', segment: 'more', stateId: 'ask-feedback' },
    });
    expect(replayUrl('/guide/outcomes/ask-feedback')).toEqual({ answers: [], stateId: 'ask-feedback', done: true });
  });

  test('a question is not an outcome page', () => {
    expect(replayUrl('/guide/outcomes/last-stage/').problem).toEqual({ kind: 'unknown-outcome', segment: 'last-stage' });
  });
});
