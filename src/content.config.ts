import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, questionSchema } from './lib/content-schemas';

/**
 * Content lives outside src/ so editors never touch code. CONTENT_DIR lets tests point the
 * build at a throwaway fixture folder.
 */
const contentDir = process.env.CONTENT_DIR ?? './content';

export const collections = {
  article: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/article` }),
    schema: articleSchema,
  }),
  questions: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/questions` }),
    schema: questionSchema,
  }),
};
