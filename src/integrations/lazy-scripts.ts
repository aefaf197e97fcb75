import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LAZY_SCRIPTS, LAZY_SCRIPT_URLS, type LazyScript } from '../lib/lazy-scripts';

const PREFIX = 'lazy-';

/**
 * Builds each lazy script as an entry chunk of the client bundle and records its hashed URL for
 * the pages, which Astro renders after the client build. Loading them with a plain import(url)
 * keeps Vite's preload helper (and any script at all) off pages until it is needed.
 */
export default function lazyScripts(): AstroIntegration {
  return {
    name: 'after-the-no:lazy-scripts',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'after-the-no:lazy-script-chunks',
                apply: 'build',
                applyToEnvironment: (environment) => environment.name === 'client',
                buildStart() {
                  for (const [name, file] of Object.entries(LAZY_SCRIPTS)) {
                    this.emitFile({ type: 'chunk', id: join(root, file), name: `${PREFIX}${name}` });
                  }
                },
                generateBundle(_options, bundle) {
                  const urls: Partial<Record<LazyScript, string>> = {};
                  for (const chunk of Object.values(bundle)) {
                    if (chunk.type === 'chunk' && chunk.isEntry && chunk.name.startsWith(PREFIX)) {
                      urls[chunk.name.slice(PREFIX.length) as LazyScript] = `/${chunk.fileName}`;
                    }
                  }
                  (globalThis as Record<symbol, unknown>)[LAZY_SCRIPT_URLS] = urls;
                },
              },
            ],
          },
        });
      },
    },
  };
}
