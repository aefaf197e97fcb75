import { formatText, pluralForm, type PluralForms } from '../../i18n/format';
import { furthestUrl } from '../guide-urls';
import type { Replay } from '../guide-replay';
import { describeProblem, type ProblemTexts } from '../replay-messages';

/** JSON the page carries in a data- attribute (an empty object if it is missing or broken). */
function fromJson(json: string | undefined): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Fills in and reveals a BrokenLinkNotice.astro for a replay that found a problem. Its words come
 * from the notice's data- attributes (src/i18n, rendered by the server); question titles only
 * where the page carries them (the 404 page does; others say "this question").
 */
export function showBrokenLinkNotice(notice: HTMLElement, replay: Replay): void {
  if (!replay.problem) return;
  const titles = fromJson(notice.dataset.questionTitles);
  const texts = fromJson(notice.dataset.problemTexts) as ProblemTexts;
  const detail = notice.querySelector<HTMLElement>('[data-guide-notice-detail]')!;
  detail.textContent = formatText(detail.dataset.keptText ?? '{problem}', {
    problem: describeProblem(replay.problem, texts, (id) => titles[id]),
  });
  const furthest = notice.querySelector<HTMLAnchorElement>('[data-guide-notice-furthest]')!;
  const kept = replay.answers.length;
  furthest.href = furthestUrl(replay);
  if (kept) {
    const forms = fromJson(furthest.dataset.keptTexts) as PluralForms;
    furthest.textContent = formatText(pluralForm(document.documentElement.lang, kept, forms), { count: kept });
  } else {
    furthest.textContent = (replay.done ? furthest.dataset.adviceText : furthest.dataset.startText) ?? '';
  }
  notice.hidden = false;
}
