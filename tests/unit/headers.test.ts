import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headerPolicy } from '../../src/lib/security-policy';

const headersFile = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
const header = (name: string) => new RegExp(`^\\s+${name}: (.+)$`, 'mi').exec(headersFile)?.[1];

describe('public/_headers', () => {
  test('sends the same Content-Security-Policy as the pages carry', () => {
    expect(header('Content-Security-Policy')).toBe(headerPolicy());
  });

  test('the policy is strict', () => {
    const policy = headerPolicy();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
  });

  test('sets the other security headers and long caching for hashed assets', () => {
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(header('Permissions-Policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(headersFile).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});
