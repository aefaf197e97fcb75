import { formatText, pluralForm, type PluralForms } from '../../i18n/format';
import { replayPageUrl, type Replay } from '../guide-replay';
import { describeProblem, type ProblemTexts } from '../replay-messages';

/** The notice's wording for one kind of link (BrokenLinkNotice.astro writes both kinds). */
interface LinkTexts {
  title: string;
  kept: PluralForms;
  /** The way on when no answer was kept… */
  none: string;
  /** …and when the link named a piece of advice that exists. */
  advice: string;
}

/** JSON the page carries in a data- attribute (an empty object if it is missing or broken). */
function fromJson<T = Record<string, string>>(json: string | undefined): Partial<T> {
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Partial<T>) : {};
  } catch {
    return {};
  }
}

/**
 * Fills in and reveals a BrokenLinkNotice.astro for a replay that found a problem, and announces
 * it through the notice's status line. Its words come from the notice's data- attributes
 * (src/i18n, rendered by the server); question titles only where the page carries them (the 404
 * page does; others say "this question").
 */
export function showBrokenLinkNotice(notice: HTMLElement, replay: Replay): void {
  if (!replay.problem) return;
  const titles = fromJson(notice.dataset.questionTitles);
  const texts = fromJson(notice.dataset.problemTexts) as ProblemTexts;
  const link = fromJson<Record<'guide' | 'map', LinkTexts>>(notice.dataset.linkTexts)[replay.onMap ? 'map' : 'guide'];

  const title = notice.querySelector<HTMLElement>('[data-guide-notice-title]')!;
  if (link?.title) title.textContent = link.title;
  const detail = notice.querySelector<HTMLElement>('[data-guide-notice-detail]')!;
  const kept = replay.answers.length;
  // "We have kept the answers that made sense" only when some did (or the advice it named exists);
  // nothing about answers for a link to advice that doesn't exist, which carried none.
  const answerNote = kept || replay.done ? detail.dataset.keptText : replay.problem.kind === 'unknown-outcome' ? undefined : detail.dataset.noneKeptText;
  detail.textContent = formatText(answerNote ?? '{problem}', {
    problem: describeProblem(replay.problem, texts, (id) => titles[id]),
  });
  const furthest = notice.querySelector<HTMLAnchorElement>('[data-guide-notice-furthest]')!;
  furthest.href = replayPageUrl(replay);
  if (kept && link?.kept) {
    furthest.textContent = formatText(pluralForm(document.documentElement.lang, kept, link.kept), { count: kept });
  } else if (link) {
    furthest.textContent = (replay.done ? link.advice : link.none) ?? '';
  }
  // With nothing kept, the way on is the guide's start: one link there, not two side by side.
  const restart = notice.querySelector<HTMLElement>('[data-guide-notice-restart]');
  const restartLink = restart?.querySelector('a');
  if (restart && restartLink) restart.hidden = restartLink.href === furthest.href;
  notice.hidden = false;

  const status = notice.parentElement?.querySelector<HTMLElement>('[data-guide-notice-status]');
  if (status) status.textContent = `${title.textContent} ${detail.textContent}`;
}
