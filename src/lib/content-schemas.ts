import { z } from 'astro/zod';
import { QUESTION_GROUP_IDS } from './question-groups';

/** Lower-case words joined by hyphens: the shape of every id a content file may name. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

const sentence = (min: number, max: number) => z.string().trim().min(min).max(max);

export const articleSchema = z.object({
  title: sentence(10, 80),
  description: sentence(50, 170),
  summary: sentence(30, 400),
  credit: z.object({
    author: sentence(2, 80),
    title: sentence(2, 160),
    year: z.number().int().min(1990).max(2100),
    publisher: sentence(2, 80),
  }),
  updated: z.coerce.date(),
});

export const questionSchema = z.object({
  title: sentence(10, 100),
  description: sentence(40, 170),
  group: z.enum(QUESTION_GROUP_IDS),
  situation: sentence(40, 900),
  /** The decision guide outcome that fits this situation; checked against the guide. */
  guideOutcome: slug,
  /** Ids of other questions (their file names); checked when pages are built. */
  related: z.array(slug).max(5).default([]),
  nextSteps: z.array(sentence(5, 300)).min(1).max(6),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type QuestionData = z.infer<typeof questionSchema>;
