import { describe, expect, it } from 'vitest';
import { characterCount, lastWordsThatFit } from '../../src/guide/linkedin-count';

describe('lastWordsThatFit', () => {
  it('is nothing while the whole message fits, up to and including the limit', () => {
    expect(lastWordsThatFit('', 200)).toBeUndefined();
    expect(lastWordsThatFit('x'.repeat(200), 200)).toBeUndefined();
  });
  it('gives the last words before the cut, from one character over the limit', () => {
    expect(lastWordsThatFit('one two three four five six seven eight', 23, 3)).toBe('three four five');
    expect(lastWordsThatFit('one two three four five six seven eight', 22, 3)).toBe('three four fiv');
  });
  it('counts as a reader does: an emoji is one character', () => {
    expect(lastWordsThatFit('👋👋 hi there', 5, 2)).toBe('👋👋 hi');
  });
});

describe('characterCount', () => {
  it('counts an emoji or a surrogate pair as one character', () => {
    expect(characterCount('Hi 👋')).toBe(4);
    expect(characterCount('café')).toBe(4);
  });
});
