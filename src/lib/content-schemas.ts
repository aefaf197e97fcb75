import { z } from 'astro/zod';
import { QUESTION_GROUP_IDS } from './question-groups';
import { OUTCOME_IDS } from '../guide/guide-model';

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
  /** At most 70 characters, so the page title stays whole in search results. */
  title: sentence(10, 70),
  description: sentence(40, 170),
  group: z.enum(QUESTION_GROUP_IDS),
  situation: sentence(40, 900),
  /** The decision guide outcome that fits this situation (an outcome state of the machine). */
  guideOutcome: z.enum(OUTCOME_IDS as [string, ...string[]]),
  /** Ids of other questions (their file names); checked when pages are built. */
  related: z.array(slug).max(5).default([]),
  nextSteps: z.array(sentence(5, 300)).min(1).max(6),
});

/** A placeholder name: camelCase, as written in a template body between braces, e.g. {theirName}. */
const fieldName = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'use a camelCase name such as wouldHaveLearned');

export const templateFieldSchema = z.object({
  name: fieldName,
  label: sentence(2, 80),
  hint: sentence(5, 200),
  example: sentence(1, 200),
  /** Longer answers get a multi-line box. */
  multiline: z.boolean().default(false),
});

/**
 * A message template: the file's body is the message, with {placeholders} for the fields.
 * The shared fields (your name, their name, company, role) are declared in code; a template
 * declares only its own extra fields.
 */
export const templateSchema = z
  .object({
    title: sentence(5, 80),
    /** Who it is for, in one line (shown on outcome pages, search and the counsellors' page). */
    summary: sentence(20, 200),
    whenToUse: sentence(40, 600),
    channel: z.enum(['email', 'voicemail']).default('email'),
    /** Email subject line; may use placeholders. Voicemail scripts have none. */
    subject: sentence(5, 120).optional(),
    fields: z.array(templateFieldSchema).default([]),
    tips: z.array(sentence(5, 300)).min(1).max(6),
    /** Anchors (heading ids) of article sections worth reading with this template. */
    articleSections: z.array(slug).default([]),
    /** For "wait, then send": offer a calendar reminder this many days from today. */
    reminderDays: z.number().int().min(1).max(60).optional(),
  })
  .refine((template) => template.channel === 'voicemail' || template.subject !== undefined, {
    message: 'an email template needs a subject',
    path: ['subject'],
  });

export const moveOnSchema = z.object({
  title: sentence(5, 80),
  /** Who it is for, in one line. */
  summary: sentence(20, 200),
  /** The recommendation itself, in a sentence or two. */
  recommendation: sentence(20, 400),
  nextSteps: z
    .array(
      z.object({
        text: sentence(5, 300),
        link: z.object({ href: z.string().regex(/^\/[^\s]*$/, 'use a site path starting with /'), label: sentence(2, 80) }).optional(),
      }),
    )
    .min(2)
    .max(6),
  articleSections: z.array(slug).default([]),
});

export type TemplateField = z.infer<typeof templateFieldSchema>;
