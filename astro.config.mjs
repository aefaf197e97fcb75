// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://after-the-no.example',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap(), pagefind()],
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
