import { beforeEach, describe, expect, test, vi } from 'vitest';
import { FOLLOW_UPS_KEY, MAX_APPLICATIONS, MAX_STORED_CHARS, parseFollowUps, readFollowUps } from '../../src/message/follow-ups/follow-ups-store';
import { nextStep } from '../../src/message/follow-ups/next-step';
import { recordSent } from '../../src/message/follow-ups/record-sent';
import { switchApplication } from '../../src/message/follow-ups/switch-application';
import { applicationName } from '../../src/message/follow-ups/application-name';

/** A browser's localStorage, in memory (the unit tests run in Node). */
function memoryStorage(refuse = false): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    key: (index) => [...values.keys()][index] ?? null,
    getItem: (key) => {
      if (refuse) throw new DOMException('denied', 'SecurityError');
      return values.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (refuse) throw new DOMException('denied', 'SecurityError');
      values.set(key, value);
    },
    removeItem: (key) => void values.delete(key),
    clear: () => values.clear(),
  };
}

const application = (id: string, company: string, sent: { template: string; channel: string; day: string }[] = []) => ({ id, details: { company }, sent });

describe('reading stored follow-ups', () => {
  test('nothing stored is an empty list, not a problem', () => {
    expect(parseFollowUps(null)).toEqual({ followUps: { applications: [] } });
  });

  test('a list as written comes back, the current application with it', () => {
    const stored = { current: 'a', applications: [application('a', 'Acme', [{ template: 'ask-feedback', channel: 'email', day: '2026-12-01' }])] };
    expect(parseFollowUps(JSON.stringify(stored))).toEqual({ followUps: stored });
  });

  test.each([
    ['not JSON', '{"applications": ['],
    ['not a list', '{"applications": {}}'],
    ['an entry without an id', JSON.stringify({ applications: [{ details: {}, sent: [] }] })],
    ['a sent message on no real day', JSON.stringify({ applications: [application('a', 'Acme', [{ template: 'ask-feedback', channel: 'email', day: '2026-02-30' }])] })],
    ['two entries with one id', JSON.stringify({ applications: [application('a', 'Acme'), application('a', 'Beta')] })],
    ['more applications than anyone keeps', JSON.stringify({ applications: Array.from({ length: MAX_APPLICATIONS + 1 }, (_, index) => application(`a${index}`, 'Acme')) })],
  ])('%s is unreadable, and nothing of it is trusted', (_, text) => {
    expect(parseFollowUps(text)).toEqual({ followUps: { applications: [] }, problem: 'unreadable' });
  });

  test('an oversized value is refused before it is parsed', () => {
    expect(parseFollowUps(`{"applications":[],"x":"${'x'.repeat(MAX_STORED_CHARS)}"}`).problem).toBe('too-big');
  });

  test('details are capped and only text is kept; a current id that names nothing is dropped', () => {
    const stored = { current: 'gone', applications: [{ id: 'a', details: { company: 'A'.repeat(5000), count: 3 }, sent: [] }] };
    const { followUps } = parseFollowUps(JSON.stringify(stored));
    expect(followUps.current).toBeUndefined();
    expect(followUps.applications[0]!.details.company!.length).toBe(200);
    expect(followUps.applications[0]!.details).not.toHaveProperty('count');
  });
});

describe('what comes next', () => {
  const rules = { 'ask-feedback': { next: 'check-in' as const, after: { workingDays: 5 } }, 'last-check-in': { next: 'rest' as const }, 'kept-on-file': { next: 'look-again' as const, after: { months: 3 } } };

  test('after asking for feedback on a Friday, one check-in is fine five working days later', () => {
    expect(nextStep([{ template: 'ask-feedback', channel: 'email', day: '2026-12-04' }], rules)).toEqual({ kind: 'check-in', day: '2026-12-11' });
  });

  test('the latest message decides: after the last check-in, let it rest', () => {
    const sent = [
      { template: 'last-check-in', channel: 'email', day: '2026-12-10' },
      { template: 'ask-feedback', channel: 'email', day: '2026-11-20' },
    ];
    expect(nextStep(sent, rules)).toEqual({ kind: 'rest' });
  });

  test('kept on file: look again in three months; nothing sent: nothing to say; a template since removed rests', () => {
    expect(nextStep([{ template: 'kept-on-file', channel: 'email', day: '2026-12-07' }], rules)).toEqual({ kind: 'look-again', day: '2027-03-07' });
    expect(nextStep([], rules)).toEqual({ kind: 'nothing-sent' });
    expect(nextStep([{ template: 'retired', channel: 'email', day: '2026-12-07' }], rules)).toEqual({ kind: 'rest' });
  });
});

describe('noting what was sent', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  const ask = { template: 'ask-feedback', channel: 'email', day: '2026-12-07' };

  test('the first message makes an application from the details, and a second the same day by the same way is one', () => {
    const first = recordSent(ask, { company: 'Acme' }, undefined);
    expect(first.result).toBe('recorded');
    expect(recordSent(ask, { company: 'Acme' }, first.application).result).toBe('recorded');
    const { followUps } = readFollowUps();
    expect(followUps.applications).toHaveLength(1);
    expect(followUps.current).toBe(first.application);
    expect(followUps.applications[0]!.sent).toEqual([ask]);
  });

  test('a message goes to the application on the page, even when another tab has made another current', () => {
    const acme = recordSent(ask, { company: 'Acme' }, undefined).application;
    const beta = recordSent(ask, { company: 'Beta' }, 'gone').application;
    expect(beta).not.toBe(acme);
    recordSent({ ...ask, template: 'last-check-in' }, { company: 'Acme' }, acme);
    const { followUps } = readFollowUps();
    expect(followUps.applications.find((item) => item.id === acme)!.sent.map((item) => item.template)).toEqual(['ask-feedback', 'last-check-in']);
    expect(followUps.applications.find((item) => item.id === beta)!.details).toEqual({ company: 'Beta' });
  });

  test('a stored list that cannot be read is left exactly as it was', () => {
    localStorage.setItem(FOLLOW_UPS_KEY, '{"applications": [');
    expect(recordSent(ask, { company: 'Acme' }, undefined).result).toBe('unreadable');
    expect(localStorage.getItem(FOLLOW_UPS_KEY)).toBe('{"applications": [');
  });

  test('a full list is never written past what can be read back', () => {
    const full = { applications: Array.from({ length: MAX_APPLICATIONS }, (_, index) => application(`a${index}`, 'Acme')) };
    localStorage.setItem(FOLLOW_UPS_KEY, JSON.stringify(full));
    expect(recordSent(ask, { company: 'One more' }, undefined).result).toBe('full');
    expect(readFollowUps().problem).toBeUndefined();
    expect(readFollowUps().followUps.applications).toHaveLength(MAX_APPLICATIONS);
  });

  test('storage refused says so', () => {
    vi.stubGlobal('localStorage', memoryStorage(true));
    expect(recordSent(ask, {}, undefined).result).toBe('refused');
    expect(readFollowUps().problem).toBe('refused');
  });
});

describe('switching application', () => {
  const none = {};

  test('the work on the page stays with its application; the other one’s comes back, rewritten messages too', () => {
    const start = { current: 'a', applications: [application('a', 'Acme'), application('b', 'Beta')] };
    const work = { details: { company: 'Acme', theirName: 'Sam' }, edits: { 'ask-feedback/email:body': 'My own words' } };
    const switched = switchApplication(start, 'a', work, 'b')!;
    expect(switched.work).toEqual({ details: { company: 'Beta' }, edits: none });
    expect(switched.followUps.current).toBe('b');
    const back = switchApplication(switched.followUps, 'b', switched.work, 'a')!;
    expect(back.work).toEqual(work);
  });

  test('a new application starts empty, and details that belonged to none get one of their own', () => {
    const switched = switchApplication({ applications: [] }, undefined, { details: { company: 'Acme' }, edits: none }, 'new')!;
    expect(switched.work).toEqual({ details: {}, edits: none });
    expect(switched.followUps.applications.map((item) => item.details)).toEqual([{ company: 'Acme' }, {}]);
    expect(switched.followUps.current).toBe(switched.followUps.applications[1]!.id);
  });

  test('no switch past the most applications the list holds, nor to one that is gone', () => {
    const full = { applications: Array.from({ length: MAX_APPLICATIONS }, (_, index) => application(`a${index}`, 'Acme')) };
    expect(switchApplication(full, undefined, { details: { company: 'Typed' }, edits: none }, 'a1')).toBeUndefined();
    expect(switchApplication(full, 'a0', { details: {}, edits: none }, 'new')).toBeUndefined();
    expect(switchApplication(full, 'a0', { details: {}, edits: none }, 'gone')).toBeUndefined();
  });

  test('named by company and role, or by place', () => {
    expect(applicationName({ company: 'Acme', role: 'Analyst' }, 1, 'Application {number}')).toBe('Acme, Analyst');
    expect(applicationName({}, 3, 'Application {number}')).toBe('Application 3');
  });
});
