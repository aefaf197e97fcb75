/**
 * Imports a lazy script together with the chunks it imports, given as space-separated URLs (the
 * page has them from lazyScriptUrls): all requested at once, where a plain import() would find
 * each chunk's imports only once that chunk had arrived. Resolves to the first one's exports.
 */
export async function importWithImports<Module>(urls: string): Promise<Module> {
  const [module] = await Promise.all(urls.split(' ').map((url) => import(/* @vite-ignore */ url) as Promise<unknown>));
  return module as Module;
}
