import { makeReader, NEGATIONS, type Lexicon, type Term } from '../words/reader-words';

/**
 * "Tell us what happened": from one sentence in the reader's words to up to three starting points
 * in the guide, each a run of answers from the first question. It never fills in an answer the
 * words don't support. At each question it takes the answer the words speak for most: its own
 * keywords, or words that can only come after it ("keep my CV on file" can only follow "They
 * turned me down"). Where no answer is spoken for, or two are spoken for equally, the guide asks.
 * The other answers the words spoke for start the other suggestions.
 */

/** The guide as the box needs it (built from the machine and its wording: describe-data.ts). */
export interface DescribeData {
  lexicon: Lexicon;
  start: string;
  /** Each question: its wording, and its answers with their labels and readers' words. */
  questions: Record<string, { question: string; answers: { slug: string; to: string; label: string; words: string[] }[] }>;
  /** Each outcome's title. */
  outcomes: Record<string, string>;
}

export interface Suggestion {
  /** The answers it fills in, from the first question on. */
  answers: string[];
  /** Where they lead: the next question to ask, or the outcome. */
  stateId: string;
}

/** Places in the sentence (indexes of its terms). */
type Places = ReadonlySet<number>;

const union = (...sets: Places[]): Set<number> => new Set(sets.flatMap((set) => [...set]));

/** A keyword's words may have this many of the reader's telling words between them ("asked for feedback two weeks ago"). */
const MAX_GAP = 2;

/** Where one keyword is in the sentence, and how many of the reader's words it covers. */
interface Find {
  at: number[];
  weight: number;
}

/**
 * Where each of an answer's keywords is in the sentence: its terms in order, close together, none
 * turned round by a "not" or "never" the keyword lacks, and none on a word that already spoke
 * for an earlier answer.
 */
function findsOf(keywords: readonly Term[][], sentence: readonly Term[], used: Places): Find[] {
  // The word straight before a term (none between, not even an ignored one) turns it round.
  const negated = (place: number) => {
    const before = sentence[place - 1];
    return !!before && NEGATIONS.has(before.term) && before.first + 1 === sentence[place]!.first;
  };
  /** The keyword's terms from `index` on, in order, each at most MAX_GAP terms after the last. */
  const placeRest = (keyword: readonly Term[], index: number, after: number): number[] | undefined => {
    if (index === keyword.length) return [];
    const last = index === 0 ? sentence.length - 1 : Math.min(sentence.length - 1, after + MAX_GAP + 1);
    for (let place = after + 1; place <= last; place++) {
      if (sentence[place]!.term !== keyword[index]!.term || used.has(place)) continue;
      const rest = placeRest(keyword, index + 1, place);
      if (rest) return [place, ...rest];
    }
    return undefined;
  };
  const finds: Find[] = [];
  for (const keyword of keywords) {
    const at = placeRest(keyword, 0, -1);
    if (!at || at.some((place) => negated(place) && !at.includes(place - 1))) continue;
    finds.push({ at, weight: at.reduce((sum, place) => sum + sentence[place]!.weight, 0) });
  }
  return finds;
}

interface Walk {
  answers: string[];
  stateId: string;
  /** The words that spoke for each answer. */
  support: Set<number>[];
  /** Of those, the answer's own keywords (a word speaks for one answer of its own). */
  own: Set<number>[];
  /** The answers passed over on the way, each a place to start another suggestion from. */
  others: { at: number; slug: string; to: string; support: Set<number>; own: Set<number>; held: Set<number> }[];
}

/** Makes the suggester for the guide's data (once per page). */
export function makeSuggester(data: DescribeData): (sentence: string, max?: number) => Suggestion[] {
  const reader = makeReader(data.lexicon);
  const keywords = new Map<string, Term[][]>();
  const key = (questionId: string, slug: string) => `${questionId}/${slug}`;
  for (const [questionId, question] of Object.entries(data.questions)) {
    for (const answer of question.answers) {
      keywords.set(key(questionId, answer.slug), answer.words.map((word) => reader.terms(word)).filter((terms) => terms.length > 0));
    }
  }

  // For each answer, the answers that can only come after it: those whose question every path
  // to it passes through that answer.
  const reached = new Map<string, string[][]>();
  const walkAll = (stateId: string, answers: string[]) => {
    const question = data.questions[stateId];
    if (!question) return;
    reached.set(stateId, [...(reached.get(stateId) ?? []), answers]);
    for (const answer of question.answers) walkAll(answer.to, [...answers, key(stateId, answer.slug)]);
  };
  walkAll(data.start, []);
  const onlyAfter = new Map<string, string[]>();
  for (const [questionId, ways] of reached) {
    const always = ways.reduce((common, way) => common.filter((answer) => way.includes(answer)), ways[0] ?? []);
    for (const before of always) {
      onlyAfter.set(before, [...(onlyAfter.get(before) ?? []), ...data.questions[questionId]!.answers.map((answer) => key(questionId, answer.slug))]);
    }
  }

  return (text, max = 3) => {
    const sentence = reader.terms(text);
    if (!sentence.length) return [];
    const weigh = (places: Places) => [...places].reduce((sum, place) => sum + sentence[place]!.weight, 0);

    /**
     * Which words speak for each answer of a question, given the words already spoken for: its
     * own keywords', and those of answers that can only come after it, where no answer that could
     * come without it has a keyword as long on the same word ("interview" in "rude interviewer"
     * says "They turned me down", not "an automatic message" that an interview could follow).
     */
    const supportAt = (questionId: string, used: Places) => {
      const finds = new Map([...keywords].map(([answer, terms]) => [answer, findsOf(terms, sentence, used)]));
      const owners = new Map<number, { weight: number; answers: Set<string> }>();
      for (const [answer, found] of finds) {
        for (const { at, weight } of found) {
          for (const place of at) {
            const owner = owners.get(place);
            if (!owner || weight > owner.weight) owners.set(place, { weight, answers: new Set([answer]) });
            else if (weight === owner.weight) owner.answers.add(answer);
          }
        }
      }
      const placesOf = (answer: string) => new Set(finds.get(answer)!.flatMap((find) => find.at));
      return data.questions[questionId]!.answers.map((answer) => {
        const self = key(questionId, answer.slug);
        const later = new Set(onlyAfter.get(self) ?? []);
        const own = placesOf(self);
        const implied = [...union(...[...later].map(placesOf))].filter((place) => [...owners.get(place)!.answers].every((owner) => later.has(owner)));
        // The words it holds: its own, not taken by a longer keyword of another answer ("feedback"
        // in "offered to give me feedback" is the offer's, not "feedback arrived").
        const held = new Set([...own].filter((place) => owners.get(place)!.answers.has(self)));
        return { slug: answer.slug, to: answer.to, own, support: union(own, new Set(implied)), held };
      });
    };

    /** From a start, takes the answer the words speak for most, question after question. */
    const walk = (start: Walk): Walk => {
      const { answers, support, own, others } = start;
      let stateId = start.stateId;
      const used = union(...own);
      while (data.questions[stateId]) {
        const options = supportAt(stateId, used)
          .filter((option) => option.support.size > 0)
          .sort((a, b) => weigh(b.support) - weigh(a.support));
        const [best, next] = options;
        const tied = !!best && !!next && weigh(next.support) === weigh(best.support);
        // In a tie the guide asks; each tied answer, in the guide's order, starts a suggestion.
        for (const option of tied ? options : options.slice(1)) if (option.held.size) others.push({ at: answers.length, ...option });
        if (!best || tied) break;
        answers.push(best.slug);
        support.push(best.support);
        own.push(best.own);
        for (const place of best.own) used.add(place);
        stateId = best.to;
      }
      return { answers, stateId, support, own, others };
    };

    const first = walk({ answers: [], stateId: data.start, support: [], own: [], others: [] });
    const found: Walk[] = first.answers.length ? [first] : [];
    // The other answers the words spoke for, each continued the same way; the most words first.
    // An answer passed over needs a word it holds that the first reading leaves unexplained.
    const explained = union(...first.support);
    const branches = first.others
      .filter((other) => [...other.held].some((place) => !explained.has(place)))
      .map((other) =>
        walk({
          answers: [...first.answers.slice(0, other.at), other.slug],
          stateId: other.to,
          support: [...first.support.slice(0, other.at), other.support],
          own: [...first.own.slice(0, other.at), other.own],
          others: [],
        }),
      )
      .sort((a, b) => weigh(union(...b.support)) - weigh(union(...a.support)));
    // Another reading is offered only where the words speak for it nearly as much: half the
    // words the first one explains ("rejected, same job posted again" may be "turned down";
    // "client went with someone else… called" is never "still waiting").
    const enough = first.answers.length ? weigh(explained) / 2 : 0;
    for (const branch of branches) {
      if (found.length === max) break;
      if (weigh(union(...branch.support)) < enough) continue;
      const same = found.some((shown) => shown.answers.join('/') === branch.answers.join('/'));
      if (!same) found.push(branch);
    }
    return found.map(({ answers, stateId }) => ({ answers, stateId }));
  };
}
