import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LANG } from '../i18n';

/**
 * What a page shows to be used, not read, which search should neither match nor quote: controls
 * (buttons, and links dressed as buttons), what only works with JavaScript, and what is hidden as
 * built (notes and panels shown later), except the readers' words for the page, hidden on purpose.
 */
const NOT_CONTENT = ['button', '.button', 'fieldset', '[data-needs-js]', '[hidden]:not([data-search-keywords])'];

/**
 * Builds the Pagefind search index into dist/pagefind/ once Astro has written the site, so
 * `astro build` alone produces a searchable site. Pages opt in with data-pagefind-body.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'after-the-no:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: LANG, excludeSelectors: NOT_CONTENT });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: siteDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The site uses Pagefind's API with its own markup: drop the ready-made UIs it also writes.
        const outputDir = join(siteDir, 'pagefind');
        for (const file of readdirSync(outputDir)) {
          if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(join(outputDir, file));
        }
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${added.page_count} pages in ${ms} ms`);
      },
    },
  };
}
