import { getMoveOns, getTemplates } from './guide-content';

/** Each outcome's title from its content file, keyed by outcome id. */
export async function outcomeTitles(): Promise<Record<string, string>> {
  const entries = [...(await getTemplates()).values(), ...(await getMoveOns()).values()];
  return Object.fromEntries(entries.map((entry) => [entry.id, entry.data.title]));
}
