import { describe, expect, test } from 'vitest';
import { allPaths, OUTCOME_IDS, outcomeUrl, pathUrl } from '../../src/guide/guide-model';
import { replayUrl } from '../../src/guide/guide-replay';
import { describeProblem } from '../../src/guide/replay-messages';

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
    ['/guide/turned-down/maybe/', 'unknown-answer', 'still-interested', ['turned-down']],
    ['/guide/date-passed/', 'skipped-question', 'what-happened', []],
    ['/guide/turned-down/overqualified/', 'skipped-question', 'still-interested', ['turned-down']],
    ['/guide/turned-down/not-interested/more/', 'after-outcome', 'move-on-treated-poorly', ['turned-down', 'not-interested']],
    ['/guide/no-reply/date-to-come/no-date/', 'after-outcome', 'last-check-in', ['no-reply', 'date-to-come']],
    ['/guide/Turned-Down/', 'malformed', 'what-happened', []],
    ['/guide/no-reply//date-passed/', 'malformed', 'promised-date', ['no-reply']],
    ['/guide/no-reply/%3Cscript%3E/', 'malformed', 'promised-date', ['no-reply']],
    ['/guide/no-reply/%E0%A4%A/', 'malformed', 'what-happened', []],
    ['/guide/no-reply/date..passed/', 'malformed', 'promised-date', ['no-reply']],
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
    expect(describeProblem(replay.problem!)).toMatch(/\w/);
  });

  test('a query string on a valid step is flagged, keeping the step', () => {
    const replay = replayUrl('/guide/no-reply/', '?utm=x');
    expect(replay.problem?.kind).toBe('query');
    expect(replay.answers).toEqual(['no-reply']);
  });

  test('messages name the offending part', () => {
    expect(describeProblem(replayUrl('/guide/banana/').problem!)).toContain('banana');
    expect(describeProblem(replayUrl('/guide/date-passed/').problem!)).toContain('What happened?');
  });
});
