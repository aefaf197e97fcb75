import { describe, expect, test } from 'vitest';
import { FILE_KIND, followUpsFile, mergeFollowUps, readFollowUpsFile } from '../../src/message/follow-ups/follow-ups-file';
import { MAX_APPLICATIONS, MAX_STORED_CHARS, type Application } from '../../src/message/follow-ups/follow-ups-store';
import { newestFirst, nextStepText, sentText } from '../../src/message/follow-ups/follow-up-words';

const application = (id: string, company = id): Application => ({ id, details: { company }, sent: [{ template: 'ask-feedback', channel: 'email', day: '2026-12-04' }] });

describe('the exported file', () => {
  test('says what it is, holds every application but not which one is current, and reads back', () => {
    const list = { current: 'a', applications: [application('a'), application('b')] };
    const text = followUpsFile(list);
    expect(JSON.parse(text)).toEqual({ kind: FILE_KIND, version: 1, applications: list.applications });
    expect(readFollowUpsFile(text)).toEqual({ applications: list.applications });
  });

  test('a stored value copied out as it is reads too', () => {
    expect(readFollowUpsFile(JSON.stringify({ current: 'a', applications: [application('a')] }))).toEqual({ applications: [application('a')] });
  });

  test.each([
    ['not JSON', 'hello', 'unreadable'],
    ['another version', JSON.stringify({ kind: FILE_KIND, version: 2, applications: [application('a')] }), 'unreadable'],
    ['a wrapper without applications', JSON.stringify({ kind: FILE_KIND, version: 1 }), 'unreadable'],
    ['a bad application', JSON.stringify({ applications: [{ id: 'a' }] }), 'unreadable'],
    ['nothing in it', JSON.stringify({ kind: FILE_KIND, version: 1, applications: [] }), 'empty'],
    ['too big', ' '.repeat(MAX_STORED_CHARS + 1), 'too-big'],
  ])('%s is refused', (_, text, problem) => {
    expect(readFollowUpsFile(text)).toEqual({ problem });
  });
});

describe('merging an import', () => {
  test('adds new applications, replaces one with the same id, keeps the rest and which is current', () => {
    const merged = mergeFollowUps({ current: 'a', applications: [application('a'), application('b')] }, [application('b', 'Bee'), application('c')]);
    expect(merged).toEqual({ followUps: { current: 'a', applications: [application('a'), application('b', 'Bee'), application('c')] }, added: 1, replaced: 1 });
  });

  test('refuses, whole, what would go past the limit', () => {
    const many = Array.from({ length: MAX_APPLICATIONS }, (_, index) => application(`x${index}`));
    expect(mergeFollowUps({ applications: many }, [application('new')])).toBeUndefined();
    expect(mergeFollowUps({ applications: many }, [application('x3', 'Edited')])?.replaced).toBe(1);
  });
});

describe('an application in words', () => {
  const texts = { checkIn: 'in {day}', checkInNow: 'in now', lookAgain: 'look {day}', lookAgainNow: 'look now', rest: 'rest', nothingSent: 'none' };
  const today = '2026-12-07';

  test('a day to come is named; a day that has come is now', () => {
    expect(nextStepText({ kind: 'check-in', day: '2026-12-11' }, today, 'en-GB', texts)).toBe('in Friday 11 December');
    expect(nextStepText({ kind: 'check-in', day: today }, today, 'en-GB', texts)).toBe('in now');
    expect(nextStepText({ kind: 'look-again', day: '2027-10-01' }, today, 'en-GB', texts)).toBe('look Friday 1 October 2027');
    expect(nextStepText({ kind: 'look-again', day: '2026-12-01' }, today, 'en-GB', texts)).toBe('look now');
    expect(nextStepText({ kind: 'rest' }, today, 'en-GB', texts)).toBe('rest');
    expect(nextStepText({ kind: 'nothing-sent' }, today, 'en-GB', texts)).toBe('none');
  });

  test('what was sent: its title, channel and day; a template or channel since gone, and a name like "constructor", still read', () => {
    const words = { sentItem: '{title} / {channel} / {day}', unknownTemplate: 'gone', unknownChannel: 'other' };
    const sent = { template: 'ask-feedback', channel: 'email', day: '2026-12-04' };
    expect(sentText(sent, { 'ask-feedback': 'Ask' }, { email: 'New email' }, today, 'en-GB', words)).toBe('Ask / New email / Friday 4 December');
    expect(sentText({ ...sent, template: 'constructor', channel: 'toString' }, {}, {}, today, 'en-GB', words)).toBe('gone / other / Friday 4 December');
  });

  test('newest first; within a day, the last noted first', () => {
    const a = { template: 'a', channel: 'email', day: '2026-12-01' };
    const b = { template: 'b', channel: 'email', day: '2026-12-04' };
    const c = { template: 'c', channel: 'text', day: '2026-12-01' };
    expect(newestFirst([a, b, c])).toEqual([b, c, a]);
  });
});
