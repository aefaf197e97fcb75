import { createHash } from 'node:crypto';
import { PAGE_SCRIPT } from './page-script';

/**
 * The site's security policy, in one place. Astro writes the Content Security Policy into every
 * page's <meta> (with hashes of what it bundles); the build writes dist/_headers from the same
 * policy (see src/integrations/static-host-files.ts), plus the parts a <meta> cannot carry.
 */

/** Pagefind runs WebAssembly; nothing else needs more than the site's own origin. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** A CSP source for an inline script or style, from the exact text the page carries. */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/** The only inline script (every other script is a file from 'self'). */
export const PAGE_SCRIPT_HASH = scriptHash(PAGE_SCRIPT);

/** Every inline script any page carries; the build fails if it writes one that is not listed. */
export const INLINE_SCRIPT_HASHES: readonly `sha256-${string}`[] = [PAGE_SCRIPT_HASH];

/** Directives other than script-src and style-src (which Astro composes). */
export const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Only valid in a header, never in a <meta>. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * The policy as the header sends it. Each page's CSS is inlined in its <style>, so the header
 * lists the hash of every one the build wrote (`styleHashes`).
 */
export function headerPolicy(styleHashes: readonly string[] = []): string {
  return [
    ...DIRECTIVES,
    `script-src ${[...SCRIPT_SOURCES, ...INLINE_SCRIPT_HASHES.map((hash) => `'${hash}'`)].join(' ')}`,
    `style-src ${["'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/** Browser features the site never uses, all switched off. */
const UNUSED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
  'interest-cohort',
];

/** Features the site's own pages use, and no page framed from elsewhere may: the map's Present (full screen). */
const OWN_FEATURES = ['fullscreen'];

/** Headers every response gets, none of which a <meta> can set (`styleHashes`: see headerPolicy). */
export function securityHeaders(styleHashes: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': headerPolicy(styleHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': [...UNUSED_FEATURES.map((feature) => `${feature}=()`), ...OWN_FEATURES.map((feature) => `${feature}=(self)`)].join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
