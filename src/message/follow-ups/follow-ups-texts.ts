import type { PluralForms } from '../../i18n/format';
import type { FileProblem } from './follow-ups-file';
import type { ReadProblem } from './follow-ups-store';
import type { NextStepTexts, SentTexts } from './follow-up-words';

/**
 * What the follow-ups page's script says, from src/i18n (gathered in src/lib/client-texts.ts and
 * carried in the page as JSON). The words of buttons and labels are in the page itself.
 */
export interface FollowUpsTexts extends NextStepTexts, SentTexts {
  /** {number}: an application without a company or role */
  unnamed: string;
  saved: string;
  deleted: string;
  restored: string;
  notSaved: string;
  /** {file} */
  exported: string;
  exportEmpty: string;
  fileName: string;
  imported: PluralForms;
  importedUpdated: PluralForms;
  /** For 'full': {max} */
  importProblems: Record<FileProblem | 'full', string>;
  importReplace: string;
  importReplaceYes: string;
  deleteAllAsk: string;
  deleteAllYes: string;
  deleteAllDone: string;
  problems: Record<ReadProblem, string>;
  storedFileName: string;
  startAgainAsk: string;
  startAgainYes: string;
  startAgainDone: string;
}
