import { createHash } from 'node:crypto';
import { PAGE_SCRIPT } from './page-script';

/**
 * The site's Content Security Policy, in one place. Astro writes it into every page's <meta> (with
 * hashes of what it bundles); public/_headers sends the same policy as a header, plus the parts a
 * <meta> cannot carry. A test keeps the two in step.
 */

/** Pagefind runs WebAssembly; nothing else needs more than the site's own origin. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

export const PAGE_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(PAGE_SCRIPT).digest('base64')}`;

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

/** The policy as the header sends it. */
export function headerPolicy(): string {
  return [
    ...DIRECTIVES,
    `script-src ${[...SCRIPT_SOURCES, `'${PAGE_SCRIPT_HASH}'`].join(' ')}`,
    "style-src 'self'",
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}
