// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { replayUrl } from './src/guide/guide-replay.ts';

/**
 * Guide pages that end at an outcome are copies of the outcome's canonical page
 * (/guide/outcomes/<id>/), so only that page goes in the sitemap.
 */
function isCanonicalPage(page) {
  const { pathname } = new URL(page);
  if (!pathname.startsWith('/guide/') || pathname.startsWith('/guide/outcomes/')) return true;
  const replay = replayUrl(pathname);
  return Boolean(replay.problem) || !replay.done;
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://after-the-no.example',
  trailingSlash: 'always',
  // Tests that build throwaway fixtures write elsewhere, leaving the real build alone.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx(), sitemap({ filter: isCanonicalPage }), pagefind()],
  vite: {
    build: {
      // Lazy chunks (search, template tools) are fetched when needed; the preload helper would
      // add a kilobyte of script to every page for no gain.
      modulePreload: false,
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
