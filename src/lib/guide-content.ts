import { getCollection, render, type CollectionEntry } from 'astro:content';
import { allPaths, answeredQuestions, isOutcome, OUTCOME_IDS, outcomeIdsOfKind, QUESTION_IDS } from '../guide/guide-model';
import { getGuideText } from './guide-text';
import { outcomeFactProblems } from './outcome-facts';
import { SHARED_FIELDS, SHARED_FIELD_NAMES } from '../guide/shared-fields';
import { checkPlaceholders, fillTemplate, placeholdersOf, TemplateError } from '../guide/template-text';
import type { TemplateField } from './content-schemas';
import { articleSectionPath, getArticle } from './article';
import { getQuestions, questionPath } from './questions';
import { checkStepLinksNotInReadMore, sourceOf } from './question-checks';
import { delayOf, delayProblem, withDelayInWords } from './template-delay';
import { afterSendingRule } from '../message/follow-ups/after-sending-rule';
import { shortTextProblem } from '../message/short-text-rules';
import { CHANNEL_FACTS } from '../message/opening-channel';

/**
 * The guide's outcomes joined with their content files, checked both ways: every outcome in the
 * machine has a file, every file belongs to an outcome, and every template's placeholders are
 * declared. Any mismatch stops the build with the file and field named.
 */

export type TemplateEntry = CollectionEntry<'templates'>;
export type MoveOnEntry = CollectionEntry<'moveOn'>;

function checkMatchesMachine(kind: 'template' | 'move-on', folder: string, ids: string[]): void {
  const expected = outcomeIdsOfKind(kind);
  const missing = expected.filter((id) => !ids.includes(id));
  const extra = ids.filter((id) => !expected.includes(id));
  if (missing.length) {
    throw new Error(`The guide has ${kind} outcomes with no content file: ${missing.map((id) => `content/${folder}/${id}.md`).join(', ')}.`);
  }
  if (extra.length) {
    throw new Error(
      `content/${folder}/ has files that match no ${kind} outcome of the guide machine (src/guide/guide-machine.ts): ${extra.join(', ')}.`,
    );
  }
}

async function checkArticleSections(entries: { id: string; filePath?: string | undefined; data: { articleSections: string[] } }[]) {
  const { headings } = await render(await getArticle());
  const anchors = new Set(headings.map((heading) => heading.slug));
  for (const entry of entries) {
    for (const anchor of entry.data.articleSections) {
      if (!anchors.has(anchor)) {
        throw new Error(`${sourceOf(entry)}: field "articleSections" names "#${anchor}", which is not a heading of the article.`);
      }
    }
  }
}

/** Message length limits: long enough to be warm, short enough to be read (and to fit the channel). */
const MESSAGE_WORDS = { min: 60, max: 120 } as const;
const VOICEMAIL_MAX_WORDS = 70; // about 30 seconds spoken
export const LINKEDIN_MAX_CHARS = 300;
/** What a free LinkedIn account allows in a connection note. */
export const LINKEDIN_FREE_CHARS = 200;

const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}{]/u.test(word)).length;

/** Every text of a template that may hold placeholders: subject, email, short version, phone script, second message. */
const templateTexts = (template: Pick<TemplateEntry, 'body' | 'data'>) => [
  template.data.subject,
  template.data.short,
  template.data.phone,
  template.data.secondMessage?.text ?? '',
  template.body ?? '',
];

/** Checks each of a template's texts against its channel's limits, with the examples filled in; the build names the file and field. */
function checkMessageLength(template: Pick<TemplateEntry, 'id' | 'filePath' | 'body' | 'data'>): void {
  const examples = Object.fromEntries(templateFields(template).map((item) => [item.name, item.example]));
  const filled = (text: string) => fillTemplate(text.trim(), examples);
  const words = countWords((template.body ?? '').trim());
  if (words < MESSAGE_WORDS.min || words > MESSAGE_WORDS.max) {
    throw new Error(`${sourceOf(template)}: the email (the file's body) is ${words} words; an email here is ${MESSAGE_WORDS.min} to ${MESSAGE_WORDS.max} words.`);
  }
  const shortLength = [...filled(template.data.short)].length;
  if (shortLength > LINKEDIN_MAX_CHARS) {
    throw new Error(
      `${sourceOf(template)}: field "short" is ${shortLength} characters with the example details filled in; a text or LinkedIn message here is at most ${LINKEDIN_MAX_CHARS}.`,
    );
  }
  const shortProblem = shortTextProblem(template.data.short);
  if (shortProblem) throw new Error(`${sourceOf(template)}: field "short" ${shortProblem}.`);
  const phoneWords = countWords(filled(template.data.phone));
  if (phoneWords > VOICEMAIL_MAX_WORDS) {
    throw new Error(`${sourceOf(template)}: field "phone" is ${phoneWords} words with the example details filled in; a call or voicemail here is at most ${VOICEMAIL_MAX_WORDS} (about 30 seconds).`);
  }
}

/** All fields a template fills in: the shared ones it uses, then its own. */
export function templateFields(template: Pick<TemplateEntry, 'body' | 'data'>): TemplateField[] {
  const used = new Set(placeholdersOf(templateTexts(template).join('\n')));
  return [...SHARED_FIELDS.filter((field) => used.has(field.name)), ...template.data.fields];
}

export async function getTemplates(): Promise<Map<string, TemplateEntry>> {
  const templates = await getCollection('templates');
  checkMatchesMachine('template', 'templates', templates.map((template) => template.id));
  const delays = new Map(templates.map((template) => [template.id, delayOf(template.data)]));
  for (const template of templates) {
    const own = template.data.fields.map((field) => field.name);
    const clash = own.filter((name) => SHARED_FIELD_NAMES.includes(name));
    if (clash.length) {
      throw new Error(`${sourceOf(template)}: field "fields" redeclares the shared field ${clash.join(', ')}; remove it.`);
    }
    try {
      const unused = checkPlaceholders(templateTexts(template), [...SHARED_FIELD_NAMES, ...own]);
      const unusedOwn = unused.filter((name) => own.includes(name));
      if (unusedOwn.length) throw new TemplateError(`declares ${unusedOwn.join(', ')} under "fields" but never uses it`);
    } catch (error) {
      if (error instanceof TemplateError) throw new Error(`${sourceOf(template)}: the template ${error.message}.`);
      throw error;
    }
    checkMessageLength(template);
    if (!afterSendingRule(template.data)) {
      throw new Error(`${sourceOf(template)}: field "afterSending" says look-again, which comes when the reminder does, but the template has no "reminder".`);
    }
    const delay = delayProblem(template.data, delays);
    if (delay) throw new Error(`${sourceOf(template)}: field "${delay.field}" ${delay.problem}.`);
  }
  await checkArticleSections(templates);
  return new Map(templates.map((template) => [template.id, { ...template, data: withDelayInWords(template.data, delays) }]));
}

export async function getMoveOns(): Promise<Map<string, MoveOnEntry>> {
  const moveOns = await getCollection('moveOn');
  checkMatchesMachine('move-on', 'move-on', moveOns.map((entry) => entry.id));
  await checkArticleSections(moveOns);
  const questionsFor = await questionsByOutcome();
  for (const entry of moveOns) {
    // The links OutcomeRelated.astro lists, made by the same two functions.
    const readMore = [...entry.data.articleSections.map(articleSectionPath), ...questionsFor(entry.id).map((question) => questionPath(question.id))];
    checkStepLinksNotInReadMore(entry, readMore);
  }
  return new Map(moveOns.map((entry) => [entry.id, entry]));
}

/** Questions whose front matter points at each outcome (the reverse of "guideOutcome"). */
export async function questionsByOutcome() {
  const questions = await getQuestions();
  return (outcomeId: string) => questions.filter((question) => question.data.guideOutcome === outcomeId);
}

/** Title, one-line summary and kind of an outcome, for links to it from elsewhere. */
export async function outcomeCard(outcomeId: string) {
  const template = (await getTemplates()).get(outcomeId);
  if (template) return { title: template.data.title, summary: template.data.summary, kind: 'template' as const };
  const moveOn = (await getMoveOns()).get(outcomeId);
  if (!moveOn) throw new Error(`No content for guide outcome "${outcomeId}".`);
  return { title: moveOn.data.title, summary: moveOn.data.summary, kind: 'move-on' as const };
}

/** Each outcome's title, keyed by outcome id (for the map). */
export async function outcomeTitles(): Promise<Record<string, string>> {
  const cards = await Promise.all(OUTCOME_IDS.map(async (id) => [id, (await outcomeCard(id)).title] as const));
  return Object.fromEntries(cards);
}

let factsChecked: Promise<void> | undefined;

/**
 * Stops the build when an outcome's text assumes a fact that some path to it never establishes
 * (see outcome-facts.ts), listing every such outcome, path and fact.
 */
export function checkOutcomeFacts(): Promise<void> {
  factsChecked ??= (async () => {
    const [text, templates, moveOns] = await Promise.all([getGuideText(), getTemplates(), getMoveOns()]);
    const allFacts = new Set(QUESTION_IDS.flatMap((id) => text.answers(id).flatMap((answer) => answer.establishes)));
    const outcomePaths = allPaths()
      .filter((path) => isOutcome(path.stateId))
      .map((path) => ({ ...path, answered: answeredQuestions(path.answers) }));
    const problems = outcomeFactProblems(outcomePaths, allFacts, {
      establishedBy: (questionId, slug) => text.answer(questionId, slug).establishes,
      assumedBy: (outcomeId) => {
        const entry = templates.get(outcomeId) ?? moveOns.get(outcomeId)!;
        return { facts: entry.data.assumes, file: sourceOf(entry) };
      },
    });
    // The facts that pick the channel a message opens on must be ones some answer gives.
    for (const fact of CHANNEL_FACTS) {
      if (!allFacts.has(fact)) problems.push(`src/message/opening-channel.ts: the rule for "${fact}" reads a fact no answer establishes (content/guide/*.md, "establishes")`);
    }
    if (problems.length) throw new Error(`Outcome text that is not true on every path to it:\n- ${problems.join('\n- ')}`);
  })();
  return factsChecked;
}
