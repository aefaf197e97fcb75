import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'article'>;

export const ARTICLE_PATH = '/article/';

/** The site has exactly one article; anything else is an editing mistake worth a clear error. */
export async function getArticle(): Promise<Article> {
  const entries = await getCollection('article');
  if (entries.length !== 1) {
    throw new Error(
      `content/article/ must hold exactly one .mdx file; found ${entries.length}${
        entries.length ? ` (${entries.map((entry) => entry.id).join(', ')})` : ''
      }.`,
    );
  }
  return entries[0]!;
}
