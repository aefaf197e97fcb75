import { afterEach, describe, expect, it } from 'vitest';
import { wellFormed } from '../../src/lib/well-formed';
import { mailtoHref } from '../../src/guide/message-export';
import { escapeText } from '../../src/guide/ical';

const native = Object.getOwnPropertyDescriptor(String.prototype, 'toWellFormed');

describe('wellFormed', () => {
  it('replaces a lone high or low surrogate and keeps whole pairs', () => {
    expect(wellFormed('a\uD83Db')).toBe('a\uFFFDb');
    expect(wellFormed('a\uDC4Bb')).toBe('a\uFFFDb');
    expect(wellFormed('end\uD83D')).toBe('end\uFFFD');
    expect(wellFormed('wave 👋 done')).toBe('wave 👋 done');
    expect(wellFormed('\uDC4B\uD83D')).toBe('\uFFFD\uFFFD');
  });
  it('agrees with the browsers’ own String.prototype.toWellFormed', () => {
    for (const sample of ['\uD800', 'x\uDFFFy', '👋\uD83D👋', 'plain', '\uDBFF\uDFFF']) expect(wellFormed(sample)).toBe(sample.toWellFormed());
  });

  describe('in a browser without toWellFormed (Safari before 16.4)', () => {
    afterEach(() => {
      if (native) Object.defineProperty(String.prototype, 'toWellFormed', native);
    });
    it('a mailto: link and a calendar file are still made from text with a lone surrogate', () => {
      // @ts-expect-error: removing the method, as older browsers never had it
      delete String.prototype.toWellFormed;
      expect(''.toWellFormed).toBeUndefined();
      expect(mailtoHref('Hi \uD83D', 'Thanks \uD83D')).toBe('mailto:?subject=Hi%20%EF%BF%BD&body=Thanks%20%EF%BF%BD');
      expect(escapeText('Call \uD83D')).toBe('Call \uFFFD');
    });
  });
});
