import { furthestUrl } from '../guide-urls';
import type { Replay } from '../guide-replay';
import { describeProblem } from '../replay-messages';

/** The question titles a page carries for its notice (the 404 page does; others say "this question"). */
function questionTitles(notice: HTMLElement): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(notice.dataset.questionTitles ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Fills in and reveals a BrokenLinkNotice.astro for a replay that found a problem. */
export function showBrokenLinkNotice(notice: HTMLElement, replay: Replay): void {
  if (!replay.problem) return;
  const titles = questionTitles(notice);
  notice.querySelector('[data-guide-notice-detail]')!.textContent =
    `${describeProblem(replay.problem, (id) => titles[id])} We have kept the answers that made sense.`;
  const furthest = notice.querySelector<HTMLAnchorElement>('[data-guide-notice-furthest]')!;
  furthest.href = furthestUrl(replay);
  furthest.textContent = replay.answers.length
    ? `Go to the furthest step that made sense (${replay.answers.length} ${replay.answers.length === 1 ? 'answer' : 'answers'} kept)`
    : replay.done
      ? 'Go to this advice'
      : 'Go to the first question';
  notice.hidden = false;
}
