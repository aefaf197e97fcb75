import { formatText, pluralForm } from '../../i18n/format';
import { replayPageUrl, type Replay } from '../guide-replay';
import { describeProblem } from '../replay-messages';
import { loadNoticeTexts, type NoticeTexts } from '../notice-texts';

/** Fetches the notice's words, then shows it (see fillBrokenLinkNotice) if it is `stillWanted`. */
export async function showBrokenLinkNotice(notice: HTMLElement, replay: Replay, stillWanted = () => true): Promise<void> {
  const texts = await loadNoticeTexts();
  if (stillWanted()) fillBrokenLinkNotice(notice, replay, texts);
}

/**
 * Fills in and reveals a BrokenLinkNotice.astro for a replay that found a problem, and announces
 * it through the notice's status line. Any words missing from `texts` (they could not be
 * fetched) leave the notice's general words in place.
 */
export function fillBrokenLinkNotice(notice: HTMLElement, replay: Replay, texts: Partial<NoticeTexts>): void {
  if (!replay.problem) return;
  const titles = texts.questionTitles ?? {};
  const link = texts.links?.[replay.onMap ? 'map' : 'guide'];

  const title = notice.querySelector<HTMLElement>('[data-guide-notice-title]')!;
  if (link?.title) title.textContent = link.title;
  const detail = notice.querySelector<HTMLElement>('[data-guide-notice-detail]')!;
  const kept = replay.answers.length;
  // "We have kept the answers that made sense" only when some did (or the advice it named exists);
  // nothing about answers for a link to advice that doesn't exist, which carried none.
  const answerNote = kept || replay.done ? texts.kept : replay.problem.kind === 'unknown-outcome' ? undefined : texts.noneKept;
  if (texts.problems) {
    detail.textContent = formatText(answerNote ?? '{problem}', {
      problem: describeProblem(replay.problem, texts.problems, (id) => titles[id]),
    });
  }
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
