import { describe, expect, it } from 'vitest';
import { characterCount, linkedinLimit } from '../../src/guide/linkedin-count';

const limits = { free: 200, max: 300 };

describe('linkedinLimit', () => {
  it('passes no limit up to and including a free account’s', () => {
    expect(linkedinLimit(0, limits)).toBe('none');
    expect(linkedinLimit(200, limits)).toBe('none');
  });
  it('passes a free account’s limit from one character over it', () => {
    expect(linkedinLimit(201, limits)).toBe('free');
    expect(linkedinLimit(300, limits)).toBe('free');
  });
  it('passes LinkedIn’s own limit from one character over it', () => {
    expect(linkedinLimit(301, limits)).toBe('max');
  });
});

describe('characterCount', () => {
  it('counts an emoji or a surrogate pair as one character', () => {
    expect(characterCount('Hi 👋')).toBe(4);
    expect(characterCount('café')).toBe(4);
  });
});
