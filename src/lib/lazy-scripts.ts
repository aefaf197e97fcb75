/**
 * Scripts that load only when the reader needs them (opening search, a template's tools). Each is
 * built as its own entry chunk; pages learn the chunk's URL at build time (see
 * src/integrations/lazy-scripts.ts) and load it with import() on first use.
 */
export const LAZY_SCRIPTS = {
  search: 'src/search/search-entry.ts',
  templateTool: 'src/guide/client/template-tool.ts',
} as const;

export type LazyScript = keyof typeof LAZY_SCRIPTS;

/** Where the build leaves the URLs of the built chunks for the pages being rendered. */
export const LAZY_SCRIPT_URLS = Symbol.for('after-the-no.lazy-script-urls');

/** The URL to import() a lazy script from: the built chunk, or the source file under `astro dev`. */
export function lazyScriptUrl(name: LazyScript): string {
  const built = (globalThis as { [LAZY_SCRIPT_URLS]?: Partial<Record<LazyScript, string>> })[LAZY_SCRIPT_URLS];
  return built?.[name] ?? `/${LAZY_SCRIPTS[name]}`;
}
