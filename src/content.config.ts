import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, guideQuestionSchema, moveOnSchema, questionSchema, readerWordsSchema, templateSchema } from './lib/content-schemas';

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
  /** Message templates: the body of each file is the message, with {placeholders}. */
  templates: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/templates` }),
    schema: templateSchema,
  }),
  /** The guide's questions: every word of each, one file per question (its id is the file name). */
  guide: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/guide` }),
    schema: guideQuestionSchema,
  }),
  /** The guide's "move on" recommendations; the body says why. */
  moveOn: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/move-on` }),
    schema: moveOnSchema,
  }),
  /** How readers put things: words to ignore and phrases that mean the same (src/words/). */
  words: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/words` }),
    schema: readerWordsSchema,
  }),
};
