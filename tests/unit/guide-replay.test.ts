import { describe, expect, test } from 'vitest';
import { allPaths, answersOf, GUIDE_START, OUTCOME_IDS, outcomeUrl, pathUrl } from '../../src/guide/guide-model';
import { replayPageUrl, replayUrl } from '../../src/guide/guide-replay';
import { describeProblem } from '../../src/guide/replay-messages';
import { t } from '../../src/i18n';
import { problemTexts } from '../../src/lib/client-texts';

const texts = problemTexts();

describe('guide URLs', () => {
  test('every path round-trips: its URL replays to the same answers and state', () => {
    for (const path of allPaths()) {
      const replay = replayUrl(pathUrl(path.answers));
      expect(replay.problem, pathUrl(path.answers)).toBeUndefined();
      expect(replay.answers).toEqual(path.answers);
      expect(replay.stateId).toBe(path.stateId);
    }
  });

  test("every outcome's own page is a valid address", () => {
    for (const id of OUTCOME_IDS) {
      expect(replayUrl(outcomeUrl(id))).toEqual({ answers: [], stateId: id, done: true });
    }
  });

  test('a missing trailing slash is accepted', () => {
    expect(replayUrl('/guide/no-reply').answers).toEqual(['no-reply']);
    expect(replayUrl('/guide').problem).toBeUndefined();
  });

  const cases: [string, string, string, string[]][] = [
    // [address, problem kind, the furthest valid state, the answers kept]
    ['/guide/banana/', 'unknown-answer', 'what-happened', []],
    ['/guide/turned-down/maybe/', 'unknown-answer', 'how-told', ['turned-down']],
    ['/guide/date-passed/', 'skipped-question', 'what-happened', []],
    ['/guide/turned-down/overqualified/', 'skipped-question', 'how-told', ['turned-down']],
    ['/guide/turned-down/by-email/put-off/more/', 'after-outcome', 'move-on-treated-poorly', ['turned-down', 'by-email', 'put-off']],
    ['/guide/no-reply/interviews/in-touch-by-email/date-to-come/no-date/', 'after-outcome', 'wait-for-their-date', ['no-reply', 'interviews', 'in-touch-by-email', 'date-to-come']],
    ['/guide/Turned_Down/', 'malformed', 'what-happened', []],
    ['/guide/no-reply/inter%20views/', 'malformed', 'last-stage', ['no-reply']],
    ['/guide/no-reply/%3Cscript%3E/', 'malformed', 'last-stage', ['no-reply']],
    ['/guide/no-reply/%E0%A4%A/', 'malformed', 'what-happened', []],
    ['/guide/no-reply/date..passed/', 'malformed', 'last-stage', ['no-reply']],
    ['/guide/outcomes/nope/', 'unknown-outcome', 'what-happened', []],
    ['/guide/outcomes/ask-feedback/extra/', 'after-outcome', 'ask-feedback', []],
    ['/guide/outcomes/what-happened/', 'unknown-outcome', 'what-happened', []],
    ['/questions/', 'not-guide', 'what-happened', []],
  ];

  test.each(cases)('%s is rejected as %s, keeping the valid answers', (address, kind, stateId, answers) => {
    const replay = replayUrl(address);
    expect(replay.problem?.kind).toBe(kind);
    expect(replay.stateId).toBe(stateId);
    expect(replay.answers).toEqual(answers);
    expect(describeProblem(replay.problem!, texts)).toMatch(/\w/);
    expect(describeProblem(replay.problem!, texts)).not.toMatch(/\{\w+\}/);
  });

  test('messages name the offending part, and the question when the page knows its title', () => {
    const titles: Record<string, string> = { 'what-happened': 'What has happened?' };
    expect(describeProblem(replayUrl('/guide/banana/').problem!, texts)).toContain('banana');
    expect(describeProblem(replayUrl('/guide/date-passed/').problem!, texts, (id) => titles[id])).toContain(
      t('notice.problem.namedQuestion', { title: 'What has happened?' }),
    );
    expect(describeProblem(replayUrl('/guide/date-passed/').problem!, texts)).toContain(t('notice.problem.thisQuestion'));
  });

  test('a huge or tricky segment is quoted as a short, clean excerpt', () => {
    const huge = `/guide/${'a'.repeat(12_000)}/`;
    const message = describeProblem(replayUrl(huge).problem!, texts);
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('…');
    const override = describeProblem(replayUrl('/guide/%E2%80%AEevil/').problem!, texts);
    expect(override).not.toMatch(/\u202e/u);
    expect(override).toContain('evil');
  });
});

describe('map links', () => {
  test('a map address replays its path and is marked as a map link', () => {
    expect(replayUrl('/guide/map/')).toEqual({ answers: [], stateId: 'what-happened', done: false, onMap: true });
    expect(replayUrl('/guide/map/no-reply/interviews/')).toMatchObject({ answers: ['no-reply', 'interviews'], stateId: 'in-touch-how', onMap: true });
    expect(replayUrl('/guide/map/no-reply/interviews/').problem).toBeUndefined();
  });

  test('a mistake in a map address is diagnosed after "map", never at it', () => {
    const replay = replayUrl('/guide/map/no-reply/bogus/');
    expect(replay.problem).toEqual({ kind: 'unknown-answer', segment: 'bogus', stateId: 'last-stage' });
    expect(replay.answers).toEqual(['no-reply']);
  });

  test('the way on from a map link is the map; from a guide link, the guide', () => {
    expect(replayPageUrl(replayUrl('/guide/map/no-reply/bogus/'))).toBe('/guide/map/no-reply/');
    expect(replayPageUrl(replayUrl('/guide/map/bogus/'))).toBe('/guide/map/');
    expect(replayPageUrl(replayUrl('/guide/no-reply/bogus/'))).toBe('/guide/no-reply/');
    expect(replayPageUrl(replayUrl('/guide/outcomes/ask-feedback/x/'))).toBe('/guide/outcomes/ask-feedback/');
  });

  test('"map" and "outcomes" are no answer to the first question (those addresses are taken)', () => {
    const first = answersOf(GUIDE_START).map((answer) => answer.slug);
    expect(first).not.toContain('map');
    expect(first).not.toContain('outcomes');
  });
});
