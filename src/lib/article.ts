import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'article'>;

export const ARTICLE_PATH = '/article/';

/** A section of the article, by its heading's slug. */
export const articleSectionPath = (slug: string) => `${ARTICLE_PATH}#${slug}`;

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
