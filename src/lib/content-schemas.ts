import { z } from 'astro/zod';
import { QUESTION_GROUP_IDS } from './question-groups';
import { OUTCOME_IDS, SLUG_PATTERN } from '../guide/guide-model';
import { KEYWORD_SEPARATOR } from '../search/search-keywords';

/** Lower-case words joined by hyphens: the shape of every id a content file may name. */
const slug = z.string().regex(SLUG_PATTERN, 'use lower-case words joined by hyphens');

const sentence = (min: number, max: number) => z.string().trim().min(min).max(max);

/**
 * The words readers type for a question, answer or outcome ("heard nothing", "agency", "keep on
 * file"…), slang and synonyms included. Search weights them highly, and the counsellors' filter
 * matches them; they are never shown as body text.
 */
const keywords = z
  .array(sentence(2, 40).refine((keyword) => !keyword.includes(KEYWORD_SEPARATOR.trim()), `a keyword can't hold "${KEYWORD_SEPARATOR.trim()}": search reads it as the end of one`))
  .max(24)
  .default([]);

export const guideAnswerSchema = z.object({
  label: sentence(2, 70),
  /** Optional detail under the label. */
  hint: sentence(5, 160).optional(),
  /** The fact this answer gives, said back on the outcome ("Why this fits"). A fact, never advice. */
  because: sentence(10, 200),
  /**
   * What the answer tells the guide about the reader's situation, as short names
   * ("told-by-a-person"): an outcome's text may rely on a fact only where every path to it
   * establishes that fact (its "assumes"; checked in src/lib/outcome-facts.ts).
   */
  establishes: z.array(slug).default([]),
  keywords,
});

/**
 * One question of the guide (content/guide/<question-id>.md). The machine holds which answers it
 * has and where they lead; this file holds every word of it, with one entry per answer.
 */
export const guideQuestionSchema = z.object({
  question: sentence(5, 90),
  /** Short form for "Your answers", e.g. "What happened". */
  shortLabel: sentence(3, 40),
  hint: sentence(5, 200).optional(),
  keywords,
  answers: z.record(z.string(), guideAnswerSchema),
});

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
  /** Used when the reader leaves the field empty, instead of a marked blank (e.g. "Dear"). */
  fallback: sentence(1, 40).optional(),
  /** Common answers offered as the reader types (e.g. "Dear", "Hi", "Hello"). */
  suggestions: z.array(sentence(1, 40)).max(6).optional(),
});

/** How long after a day: working days (Monday to Friday) or calendar months. */
const dayOffset = z.union([
  z.object({ workingDays: z.number().int().min(1).max(30) }).strict(),
  z.object({ months: z.number().int().min(1).max(24) }).strict(),
]);

/**
 * What the timing rules say comes after the reader has sent a message, for their follow-ups
 * list: one check-in if no reply by a day, look again when the template's reminder comes (its
 * `reminder.after`, written once), or let it rest.
 */
const afterSendingSchema = z.discriminatedUnion('next', [
  z.object({ next: z.literal('check-in'), after: dayOffset }).strict(),
  z.object({ next: z.literal('look-again') }).strict(),
  z.object({ next: z.literal('rest') }).strict(),
]);
export type AfterSendingEntry = z.infer<typeof afterSendingSchema>;
/** The rule as the follow-ups page applies it: a look-again carries its reminder's delay. */
export type AfterSending = Exclude<AfterSendingEntry, { next: 'look-again' }> | { next: 'look-again'; after: z.infer<typeof dayOffset> };

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
    /** "wait": the message is ready, but the advice is to send it later (the page says so first). */
    timing: z.enum(['now', 'wait']).default('now'),
    /** A reply to their message: offered first as a reply in their thread (or job board), with no new subject. */
    inThread: z.boolean().default(false),
    /** The email's subject line (a new email, or the email after meeting face to face); may use placeholders. */
    subject: sentence(5, 120),
    /** The same message as a text, chat or LinkedIn message (at most 300 characters filled in; checked at build). */
    short: sentence(20, 400),
    /** What to say on a call or in a voicemail (at most 70 words filled in; checked at build). */
    phone: sentence(20, 600),
    /** Lines for when they pick up instead of the voicemail. */
    pickUp: z.array(sentence(5, 200)).min(1).max(4).optional(),
    /** Talking points for when the news comes face to face; the short version follows as the same-day email. */
    inPerson: z.array(sentence(5, 200)).min(2).max(4).optional(),
    /** A second message on the same page, to someone else (e.g. the friend who referred you). */
    secondMessage: z.object({ heading: sentence(5, 80), intro: sentence(10, 200), text: sentence(20, 600) }).strict().optional(),
    fields: z.array(templateFieldSchema).default([]),
    tips: z.array(sentence(5, 300)).min(1).max(6),
    /** Anchors (heading ids) of article sections worth reading with this template. */
    articleSections: z.array(slug).default([]),
    /**
     * A calendar reminder computed from a date the reader gives (their promised date, the day of
     * their message…), never from today: `from` labels that date, `after` says how long after it.
     */
    reminder: z
      .object({
        from: sentence(5, 80),
        after: dayOffset,
      })
      .optional(),
    afterSending: afterSendingSchema,
    /** Facts about the reader's situation that its title and text rely on (see guideAnswerSchema's "establishes"). */
    assumes: z.array(slug).default([]),
    keywords,
  })
  // A field this schema does not know (an old "channel" or "linkedin", a typo) is named, never silently dropped.
  .strict();

export const moveOnSchema = z.object({
  /** The line above the title, when the advice is not simply to move on (e.g. "wait a day"). */
  verdict: sentence(5, 60).optional(),
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
  /** An optional short note the reader may still send (two lines at most), shown ready to copy. */
  note: z.object({ intro: sentence(10, 200), text: sentence(20, 320) }).optional(),
  articleSections: z.array(slug).default([]),
  /** Facts about the reader's situation that its title and text rely on (see guideAnswerSchema's "establishes"). */
  assumes: z.array(slug).default([]),
  keywords,
});

export type TemplateField = z.infer<typeof templateFieldSchema>;

/**
 * The editor's word lists (content/words/reader-words.md): words the box, search and the
 * counsellors' filter ignore, and groups of phrases that mean the same. A phrase must keep a word
 * that is not ignored: one made only of ignored words would mean nothing.
 */
export const readerWordsSchema = z
  .object({
    ignore: z.array(z.string().trim().regex(/^[a-z]+$/, 'write an ignored word in lower-case letters, without an apostrophe ("theyre")')).min(1),
    synonyms: z.array(z.array(sentence(1, 60)).min(2, 'a group needs at least two phrases that mean the same')),
  })
  .superRefine((words, context) => {
    const ignored = new Set(words.ignore);
    words.synonyms.forEach((group, index) =>
      group.forEach((phrase, position) => {
        const telling = phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word && !ignored.has(word));
        if (!telling.length) context.addIssue({ code: 'custom', path: ['synonyms', index, position], message: `"${phrase}" is made only of ignored words` });
      }),
    );
  });
