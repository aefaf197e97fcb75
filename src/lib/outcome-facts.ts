import type { GuidePath } from '../guide/guide-model';
import { pathUrl } from '../guide/guide-urls';

/**
 * Outcome text that is true on every path. Each answer says which facts it establishes (content/
 * guide/<question>.md, "establishes"); each outcome, which facts its title and text assume
 * (its front matter, "assumes"). An outcome reached by a path that never establishes one of
 * them would tell that reader something untrue about their own situation, so the build stops,
 * naming the outcome's file, the path and the fact.
 */

export interface FactSources {
  /** The facts one answer to one question establishes. */
  establishedBy(questionId: string, slug: string): readonly string[];
  /** The facts an outcome's text assumes, and the file that says so. */
  assumedBy(outcomeId: string): { facts: readonly string[]; file: string };
}

/** The facts a path's answers establish, from the questions they answered. */
export function factsOf(answered: readonly { stateId: string; slug: string }[], sources: Pick<FactSources, 'establishedBy'>): Set<string> {
  return new Set(answered.flatMap(({ stateId, slug }) => sources.establishedBy(stateId, slug)));
}

/**
 * Every problem, as a sentence for the build's error: an assumed fact that no answer establishes
 * at all (a misspelling), and each path to an outcome that does not establish what it assumes.
 */
export function outcomeFactProblems(
  outcomePaths: readonly (GuidePath & { answered: readonly { stateId: string; slug: string }[] })[],
  allFacts: ReadonlySet<string>,
  sources: FactSources,
): string[] {
  const problems: string[] = [];
  for (const { answers, stateId, answered } of outcomePaths) {
    const { facts: assumed, file } = sources.assumedBy(stateId);
    const established = factsOf(answered, sources);
    for (const fact of assumed) {
      if (!allFacts.has(fact)) {
        problems.push(`${file}: field "assumes" names "${fact}", which no answer of the guide establishes (content/guide/*.md, "establishes")`);
      } else if (!established.has(fact)) {
        problems.push(`${file}: field "assumes" says "${fact}", but the path ${pathUrl(answers)} reaches this outcome without establishing it`);
      }
    }
  }
  return [...new Set(problems)];
}
