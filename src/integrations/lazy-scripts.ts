import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { chunkImports, LAZY_SCRIPTS, LAZY_SCRIPT_IMPORTS, LAZY_SCRIPT_URLS, type LazyScript, type LazyScriptImports, type LazyScriptUrls } from '../lib/lazy-scripts';

const PREFIX = 'lazy-';

/**
 * Builds each lazy script as an entry chunk of the client bundle and records its hashed URL for
 * the pages, which Astro renders after the client build. Loading them with a plain import(url)
 * keeps Vite's preload helper (and any script at all) off pages until it is needed. A chunk that
 * goes missing stops the build here, and pages refuse to render without a URL (lazyScriptUrl).
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
                  // Never let pages use the URLs of an earlier build in the same process.
                  delete (globalThis as Record<symbol, unknown>)[LAZY_SCRIPT_URLS];
                  delete (globalThis as Record<symbol, unknown>)[LAZY_SCRIPT_IMPORTS];
                  for (const [name, file] of Object.entries(LAZY_SCRIPTS)) {
                    this.emitFile({ type: 'chunk', id: join(root, file), name: `${PREFIX}${name}` });
                  }
                },
                generateBundle(_options, bundle) {
                  const urls: LazyScriptUrls = {};
                  const imports: LazyScriptImports = {};
                  const importsOf = (fileName: string) => {
                    const chunk = bundle[fileName];
                    return chunk?.type === 'chunk' ? chunk.imports : [];
                  };
                  for (const chunk of Object.values(bundle)) {
                    if (chunk.type === 'chunk' && chunk.isEntry && chunk.name.startsWith(PREFIX)) {
                      const name = chunk.name.slice(PREFIX.length) as LazyScript;
                      urls[name] = `/${chunk.fileName}`;
                      imports[name] = chunkImports(chunk.fileName, importsOf).map((fileName) => `/${fileName}`);
                    }
                  }
                  const missing = Object.keys(LAZY_SCRIPTS).filter((name) => !urls[name as LazyScript]);
                  if (missing.length) {
                    this.error(`The client build has no entry chunk for the lazy script(s) ${missing.join(', ')} (see src/lib/lazy-scripts.ts).`);
                  }
                  (globalThis as Record<symbol, unknown>)[LAZY_SCRIPT_URLS] = urls;
                  (globalThis as Record<symbol, unknown>)[LAZY_SCRIPT_IMPORTS] = imports;
                },
              },
            ],
          },
        });
      },
    },
  };
}
