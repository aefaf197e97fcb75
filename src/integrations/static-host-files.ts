import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LEGACY_REDIRECTS } from '../guide/legacy-redirects';

/**
 * Writes dist/_redirects, the file static hosts (Netlify, Cloudflare Pages…) read, from the same
 * map as Astro's own redirect pages, so a host answers old links with a real 301.
 */
export function redirectsFile(redirects: Readonly<Record<string, string>>): string {
  const lines = Object.entries(redirects).map(([from, to]) => `${from} ${to} 301`);
  return `# Made by the build from src/guide/legacy-redirects.ts; do not edit.\n${lines.join('\n')}\n`;
}

export default function staticHostFiles(): AstroIntegration {
  return {
    name: 'after-the-no:static-host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(join(fileURLToPath(dir), '_redirects'), redirectsFile(LEGACY_REDIRECTS));
        logger.info(`_redirects: ${Object.keys(LEGACY_REDIRECTS).length} old addresses`);
      },
    },
  };
}
