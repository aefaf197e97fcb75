import { transformSync } from 'esbuild';
// The source as text (Vite's ?raw), so the exact file that is type-checked is what gets minified.
import source from './page-script/theme-and-search-shortcut.ts?raw';

/**
 * Turns the page script's TypeScript source into the string inlined in every page: types
 * stripped, minified, wrapped in a function so its names stay out of the global scope.
 * Deterministic, so the config (for the CSP hash) and the pages (for the <script>) get the same
 * string; the build also checks every inline script it wrote against the policy.
 */
export function compilePageScript(typescript: string): string {
  if (typeof typescript !== 'string' || !typescript.trim()) {
    throw new Error('The page script source is missing: src/lib/page-script.ts must be loaded through Vite (astro, vitest).');
  }
  const { code } = transformSync(typescript, {
    loader: 'ts',
    format: 'iife',
    minify: true,
    // Dynamic import() is the newest syntax the script needs.
    target: 'es2020',
    legalComments: 'none',
  });
  return code.trim();
}

/**
 * The only script every page runs, inline and tiny (its hash is allowed by the Content Security
 * Policy, see security-policy.ts). Its source, with what it does, is
 * src/lib/page-script/theme-and-search-shortcut.ts.
 */
export const PAGE_SCRIPT: string = compilePageScript(source);
