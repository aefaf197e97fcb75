// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import lazyScripts from './src/integrations/lazy-scripts.ts';
import staticHostFiles from './src/integrations/static-host-files.ts';
import siteUrlCheck, { siteUrl } from './src/integrations/site-url.ts';
import { replayUrl } from './src/guide/guide-replay.ts';
import { pathUrl, shortestPathTo } from './src/guide/guide-model.ts';
import { SITE_REDIRECTS } from './src/lib/site-redirects.ts';
import { DIRECTIVES, INLINE_SCRIPT_HASHES, SCRIPT_SOURCES } from './src/lib/security-policy.ts';

/**
 * Guide pages that end at an outcome are copies of the outcome's canonical page
 * (/guide/outcomes/<id>/), and a question asked on many paths (after an email, a text, a call…)
 * has its first path as its canonical page, so only those go in the sitemap.
 */
/** @param {string} page */
function isCanonicalPage(page) {
  const { pathname } = new URL(page);
  if (pathname in SITE_REDIRECTS) return false;
  // The map with a highlighted path is a copy of /guide/map/.
  if (pathname.startsWith('/guide/map/')) return pathname === '/guide/map/';
  if (!pathname.startsWith('/guide/') || pathname.startsWith('/guide/outcomes/')) return true;
  const replay = replayUrl(pathname);
  if (replay.problem) return true;
  return !replay.done && pathname === pathUrl(shortestPathTo(replay.stateId).answers);
}

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'ignore',
  // Old guide addresses, sent to their nearest equivalent, and other spellings of /counselors/ (also in dist/_redirects).
  redirects: { ...SITE_REDIRECTS },
  // Tests that build throwaway fixtures write elsewhere, leaving the real build alone.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // No code blocks on the site; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  build: {
    // Every page's CSS travels inside its HTML: first render needs one response, no
    // render-blocking request. Astro lists each <style>'s hash in the page's policy.
    inlineStylesheets: 'always',
  },
  security: {
    csp: {
      directives: [...DIRECTIVES],
      // dist/_headers sends the same policy (src/integrations/static-host-files.ts).
      scriptDirective: { resources: SCRIPT_SOURCES, hashes: [...INLINE_SCRIPT_HASHES] },
    },
  },
  integrations: [siteUrlCheck(), mdx(), sitemap({ filter: isCanonicalPage }), lazyScripts(), staticHostFiles(), pagefind()],
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" marker; the bundler's notice about
        // it is expected noise, and hiding it keeps real warnings visible.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
