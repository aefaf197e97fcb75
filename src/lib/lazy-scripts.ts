/**
 * Every script a page loads by URL (their own imports follow), none of them with the page itself. Each is built as its own entry
 * chunk; pages learn the chunk's URL at build time (see src/integrations/lazy-scripts.ts). Some
 * load on first use (search, a template's tools); a page's island (its element carries the URL in
 * data-island) loads once the page has painted, or at the reader's first touch, from the page
 * script (src/lib/page-script/theme-and-search-shortcut.ts), so no request competes with the
 * first paint.
 */
export const LAZY_SCRIPTS = {
  search: 'src/search/search-entry.ts',
  templateTool: 'src/guide/client/template-tool.ts',
  guideIsland: 'src/guide/client/guide-flow.ts',
  // The guide island's own imports, by URL too: a bundled import() would bring Vite's preload
  // helper (0.9 KB gzip) into the island's 3 KB.
  guideReplay: 'src/guide/guide-replay.ts',
  brokenLinkNotice: 'src/guide/client/broken-link-notice.ts',
  counsellorsIsland: 'src/guide/client/counselor-page.ts',
  notFoundIsland: 'src/guide/client/not-found-page.ts',
  mapIsland: 'src/guide/client/map-page.ts',
  // The map's Present, loaded at its first press.
  mapPresent: 'src/guide/client/map-present.ts',
  searchPageIsland: 'src/search/search-page.ts',
  followUpsIsland: 'src/message/follow-ups/client/follow-ups-page.ts',
  // Its edit, delete, import and export, loaded at the reader's first touch of the page.
  followUpsActions: 'src/message/follow-ups/client/follow-ups-actions.ts',
  // The "what happened?" box: its matcher and suggestions, loaded on the box's first focus.
  describeBox: 'src/describe/client/describe-box.ts',
  // The counsellors' filter's matcher, loaded with the readers' words when the filter is first used.
  phraseMatcher: 'src/words/phrase-matcher.ts',
} as const;

export type LazyScript = keyof typeof LAZY_SCRIPTS;

export type LazyScriptUrls = Partial<Record<LazyScript, string>>;

/** Where the build leaves the URLs of the built chunks for the pages being rendered. */
export const LAZY_SCRIPT_URLS = Symbol.for('after-the-no.lazy-script-urls');

/**
 * Decides the URL a page gets for a lazy script: the built chunk's; under `astro dev`, which
 * builds no chunks, the source file (Vite serves it); in a production build without a chunk URL,
 * an error, since the source path would ship and 404 once deployed.
 */
export function resolveLazyScriptUrl(name: LazyScript, built: LazyScriptUrls | undefined, dev: boolean): string {
  const url = built?.[name];
  if (url) return url;
  if (dev) return `/${LAZY_SCRIPTS[name]}`;
  throw new Error(
    `No built chunk URL for the lazy script "${name}" (${LAZY_SCRIPTS[name]}). ` +
      'The lazyScripts() integration (src/integrations/lazy-scripts.ts) records it during the client build, ' +
      'before pages are rendered; without it pages would point at the source file, which 404s in production. ' +
      'Check that lazyScripts() is still in astro.config.mjs and that Astro still builds the client before rendering pages.',
  );
}

/** Where the build leaves, for each lazy script, the URLs of the chunks it imports (at any depth). */
export const LAZY_SCRIPT_IMPORTS = Symbol.for('after-the-no.lazy-script-imports');

export type LazyScriptImports = Partial<Record<LazyScript, string[]>>;

/**
 * Every chunk a chunk imports statically, at any depth, each once, in the order they are found
 * (a cycle ends where it returns). `importsOf` gives one chunk's own imports (none for a file that is not a chunk).
 */
export function chunkImports(fileName: string, importsOf: (fileName: string) => readonly string[]): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    for (const imported of importsOf(file)) {
      if (imported !== fileName && !found.has(imported)) {
        found.add(imported);
        visit(imported);
      }
    }
  };
  visit(fileName);
  return [...found];
}

/**
 * A lazy script's URL and then those of the chunks it imports, space-separated, for a script that
 * loads them all at once (importWithImports) rather than one round trip after another.
 */
export function lazyScriptUrls(name: LazyScript): string {
  const imports = (globalThis as { [LAZY_SCRIPT_IMPORTS]?: LazyScriptImports })[LAZY_SCRIPT_IMPORTS]?.[name] ?? [];
  return [lazyScriptUrl(name), ...imports].join(' ');
}

/** The URL to import() a lazy script from (see resolveLazyScriptUrl). */
export function lazyScriptUrl(name: LazyScript): string {
  const built = (globalThis as { [LAZY_SCRIPT_URLS]?: LazyScriptUrls })[LAZY_SCRIPT_URLS];
  return resolveLazyScriptUrl(name, built, import.meta.env.DEV);
}
