import { describe, expect, test } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { guideMachine } from '../../src/guide/guide-machine';
import { createMachine } from 'xstate';
import { allPaths, answersOf, answersOfNode, isOutcome, outcomeIdsOfKind, QUESTION_IDS } from '../../src/guide/guide-model';

const MAX_ANSWERS = 6;
const simplePaths = getSimplePaths(guideMachine);
const reachable = new Map(getShortestPaths(guideMachine).map((path) => [String(path.state.value), path.state]));

describe('the guide machine', () => {
  test('every reachable final state is an outcome tagged template or move-on', () => {
    for (const [id, snapshot] of reachable) {
      if (snapshot.status !== 'done') continue;
      expect(snapshot.hasTag('outcome'), id).toBe(true);
      expect(snapshot.hasTag('template') !== snapshot.hasTag('move-on'), `${id} has exactly one kind`).toBe(true);
      expect(isOutcome(id), id).toBe(true);
    }
  });

  test('every reachable question has answers and can still reach an outcome', () => {
    for (const [id, snapshot] of reachable) {
      if (snapshot.status === 'done') continue;
      const events = Object.keys(guideMachine.root.states[id]!.on);
      expect(events.length, `${id} has answers`).toBeGreaterThan(0);
      const onwards = getShortestPaths(guideMachine, { fromState: snapshot });
      expect(onwards.some((path) => path.state.status === 'done'), `${id} leads to an outcome`).toBe(true);
    }
  });

  test('every state is reachable, so every outcome can be given', () => {
    expect([...reachable.keys()].sort()).toEqual(Object.keys(guideMachine.root.states).sort());
  });

  test(`no path is longer than ${MAX_ANSWERS} answers`, () => {
    const longest = Math.max(...simplePaths.map((path) => path.steps.length - 1));
    expect(longest).toBeLessThanOrEqual(MAX_ANSWERS);
  });

  test('sorts outcomes into the two kinds by their tags', () => {
    expect(outcomeIdsOfKind('move-on')).toContain('move-on-automated');
    expect(outcomeIdsOfKind('template')).toContain('ask-feedback');
    expect(outcomeIdsOfKind('template')).not.toContain('move-on-automated');
  });

  test('reads each question’s answers in the order the machine offers them', () => {
    expect(answersOf('promised-date')).toEqual([
      { slug: 'date-to-come', to: 'wait-for-their-date' },
      { slug: 'date-passed', to: 'since-their-date' },
      { slug: 'no-date', to: 'time-since' },
    ]);
    expect(() => answersOf('ask-feedback')).toThrow(/outcome/);
  });

  test('answer slugs are URL-safe and never collide with the guide’s own pages', () => {
    for (const path of allPaths()) {
      for (const slug of path.answers) {
        expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(['outcomes', 'map']).not.toContain(slug);
      }
    }
  });

  test('answer slugs are unique across the guide, so a skipped question is always detectable', () => {
    const slugs = QUESTION_IDS.flatMap((id) => Object.keys(guideMachine.root.states[id]!.on));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  test('allPaths lists each path once, covering every state', () => {
    const keys = allPaths().map((path) => path.answers.join('/'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(allPaths().map((path) => path.stateId))).toEqual(new Set(reachable.keys()));
    expect(allPaths().length).toBe(simplePaths.length);
  });

  test('allPaths agrees with XState’s own walk of the machine (xstate/graph)', () => {
    const theirs = simplePaths.map((path) => path.steps.slice(1).map((step) => step.event.type).join('/')).sort();
    expect(allPaths().map((path) => path.answers.join('/')).sort()).toEqual(theirs);
  });
});

describe('reading answers from XState’s state nodes', () => {
  const question = (on: Record<string, unknown>) =>
    createMachine({ initial: 'ask', states: { ask: { on: on as never }, done: { type: 'final' }, other: { type: 'final' } } }).root.states.ask!;

  test('a { target } object reads like a plain target', () => {
    expect(answersOfNode(question({ yes: { target: 'done' }, no: 'other' }))).toEqual([
      { slug: 'yes', to: 'done' },
      { slug: 'no', to: 'other' },
    ]);
  });

  test('an answer with a guard, an action or two ways to go stops the build, named', () => {
    expect(() => answersOfNode(question({ yes: { target: 'done', guard: () => true } }))).toThrow(/"yes" on "ask"/);
    expect(() => answersOfNode(question({ yes: { target: 'done', actions: () => {} } }))).toThrow(/"yes" on "ask"/);
    expect(() => answersOfNode(question({ yes: [{ target: 'done', guard: () => false }, { target: 'other' }] }))).toThrow(/"yes" on "ask"/);
    expect(() => answersOfNode(question({ stay: {} }))).toThrow(/"stay" on "ask"/);
  });
});
