import { describe, expect, test } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { guideMachine } from '../../src/guide/guide-machine';
import { allPaths, answersOf, isOutcome, OUTCOME_IDS, outcomeIdsOfKind, QUESTION_IDS } from '../../src/guide/guide-model';

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
      const events = Object.keys(guideMachine.root.states[id]!.config.on ?? {});
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

  test('splits every state into questions and outcomes of two kinds', () => {
    expect(outcomeIdsOfKind('template').length + outcomeIdsOfKind('move-on').length).toBe(OUTCOME_IDS.length);
    expect(OUTCOME_IDS.length + QUESTION_IDS.length).toBe(Object.keys(guideMachine.root.states).length);
    expect(outcomeIdsOfKind('move-on')).toContain('move-on-automated');
    expect(outcomeIdsOfKind('template')).toContain('ask-feedback');
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
    const slugs = QUESTION_IDS.flatMap((id) => Object.keys(guideMachine.root.states[id]!.config.on ?? {}));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  test('allPaths lists each path once, covering every state', () => {
    const keys = allPaths().map((path) => path.answers.join('/'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(allPaths().map((path) => path.stateId))).toEqual(new Set(reachable.keys()));
    expect(allPaths().length).toBe(simplePaths.length);
  });
});
