import { formatText, type PluralForms } from '../i18n/format';
import { makeReader, type WordReader } from '../words/reader-words';
import { makeSuggester, type DescribeData, type Suggestion } from './suggest';

/** What the box says, from src/i18n (written into the data file by the build). */
export interface DescribeTexts {
  /** {count} */
  count: PluralForms;
  none: string;
  /** {question} */
  next: string;
  /** {title} */
  advice: string;
}

/** The data file: the guide's words, and what the box says. */
export type DescribeFile = DescribeData & { texts: DescribeTexts };

/** Where the build writes the box's data (src/pages/guide/describe.json.ts). */
export const DESCRIBE_DATA_URL = '/guide/describe.json';

export interface Describer {
  data: DescribeFile;
  reader: WordReader;
  suggest(sentence: string, max?: number): Suggestion[];
}

let loading: Promise<Describer> | undefined;

/**
 * The guide's words and the suggester, fetched once per page on first use (the box's first focus,
 * search's first query). A failed fetch is forgotten, so the next use asks again.
 */
export function loadDescriber(): Promise<Describer> {
  loading ??= fetch(DESCRIBE_DATA_URL)
    .then((response) => (response.ok ? (response.json() as Promise<DescribeFile>) : Promise.reject(new Error(`${DESCRIBE_DATA_URL}: ${response.status}`))))
    .then((data) => ({ data, reader: makeReader(data.lexicon), suggest: makeSuggester(data) }));
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * A suggestion in the guide's own words, as the box and search both show it: the answers it fills
 * in ("They turned me down · An agency"), and what comes next ("Next question: …", "Advice: …").
 */
export function suggestionWords(data: DescribeFile, suggestion: Suggestion): { answers: string; next: string } {
  let questionId = data.start;
  const answers = suggestion.answers.map((slug) => {
    const answer = data.questions[questionId]!.answers.find((candidate) => candidate.slug === slug)!;
    questionId = answer.to;
    return answer.label;
  });
  const question = data.questions[suggestion.stateId];
  const next = question
    ? formatText(data.texts.next, { question: question.question })
    : formatText(data.texts.advice, { title: data.outcomes[suggestion.stateId] ?? '' });
  return { answers: answers.join(' · '), next };
}
