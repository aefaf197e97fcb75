import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { headerPolicy, INLINE_SCRIPT_HASHES, PAGE_SCRIPT_HASH, scriptHash, securityHeaders } from '../../src/lib/security-policy';
import { PAGE_SCRIPT } from '../../src/lib/page-script';

describe('script hashes', () => {
  test('are the base64 SHA-256 of the exact text, as CSP expects', () => {
    // Known SHA-256 digests.
    expect(scriptHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(scriptHash('abc')).toBe('sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  });

  test('the page script is the one inline script allowed', () => {
    const expected = `sha256-${createHash('sha256').update(PAGE_SCRIPT).digest('base64')}`;
    expect(PAGE_SCRIPT_HASH).toBe(expected);
    expect(INLINE_SCRIPT_HASHES).toEqual([expected]);
  });
});

describe('the policy header', () => {
  test('allows only the site itself, WebAssembly for search and the page script', () => {
    expect(headerPolicy().split('; ')).toEqual([
      "default-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      `script-src 'self' 'wasm-unsafe-eval' '${PAGE_SCRIPT_HASH}'`,
      "style-src 'self'",
      "frame-ancestors 'none'",
    ]);
  });
});

describe('security headers', () => {
  const headers = securityHeaders();

  test('are these five', () => {
    expect(Object.keys(headers).sort()).toEqual([
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
    ]);
    expect(headers['Content-Security-Policy']).toBe(headerPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  test('switch off every browser feature the site never uses, and allow full screen to its own pages alone', () => {
    expect(headers['Permissions-Policy']!.split(', ')).toEqual([
      'accelerometer=()',
      'autoplay=()',
      'camera=()',
      'display-capture=()',
      'encrypted-media=()',
      'geolocation=()',
      'gyroscope=()',
      'hid=()',
      'idle-detection=()',
      'magnetometer=()',
      'microphone=()',
      'midi=()',
      'payment=()',
      'picture-in-picture=()',
      'publickey-credentials-get=()',
      'screen-wake-lock=()',
      'serial=()',
      'usb=()',
      'xr-spatial-tracking=()',
      'interest-cohort=()',
      // The map's Present goes full screen: the site's own pages only.
      'fullscreen=(self)',
    ]);
  });
});
