import { formatText } from '../../../i18n/format';
import { characterCount, linkedinLimit } from '../../linkedin-count';

/**
 * The LinkedIn version's character count ([data-linkedin-count]), with a warning past the free
 * account's limit and past LinkedIn's own. Screen readers hear the count once typing pauses (as
 * GOV.UK's character count does), not at every key; the count the page opened with is not news,
 * so only changes to it are announced.
 */
export function linkedinCounter(section: HTMLElement): (body: string) => void {
  const count = section.querySelector<HTMLElement>('[data-linkedin-count]');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let heard: string | undefined;
  const announce = (words: string) => {
    heard ??= words;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const region = section.querySelector<HTMLElement>('[data-linkedin-count-status]');
      if (!region || !section.offsetParent || words === heard) return;
      region.textContent = heard = words;
    }, 1000);
  };
  return (body) => {
    if (!count) return;
    const length = characterCount(body);
    const limit = linkedinLimit(length, { max: Number(count.dataset.max), free: Number(count.dataset.free) });
    const warning = { none: '', free: count.dataset.freeText, max: count.dataset.maxText }[limit];
    count.textContent = `${formatText(count.dataset.countText ?? '', { count: length })} ${warning ?? ''}`.trim();
    count.dataset.limit = limit;
    announce(count.textContent);
  };
}
