import { formatText } from '../../../i18n/format';
import { characterCount, lastWordsThatFit } from '../../linkedin-count';
import { LINKEDIN_ACCOUNT_KEY } from '../storage-keys';

/**
 * The LinkedIn version's character count ([data-linkedin-count]) against the reader's account:
 * a free one (200 characters) or Premium (300), chosen beside it and remembered in this browser.
 * Past the limit it says where LinkedIn would cut ("stops after “…”"). Screen readers hear the
 * count once typing pauses (as GOV.UK's character count does), not at every key; the count the
 * page opened with is not news, so only changes to it are announced.
 */
export function linkedinCounter(section: HTMLElement): (body: string) => void {
  const count = section.querySelector<HTMLElement>('[data-linkedin-count]');
  const accounts = [...section.querySelectorAll<HTMLInputElement>('[data-linkedin-account]')];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let heard: string | undefined;
  let last = '';
  const announce = (words: string) => {
    heard ??= words;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const region = section.querySelector<HTMLElement>('[data-linkedin-count-status]');
      if (!region || !section.offsetParent || words === heard) return;
      region.textContent = heard = words;
    }, 1000);
  };
  const recount = (body: string) => {
    last = body;
    if (!count) return;
    const max = Number(accounts.find((account) => account.checked)?.value ?? 300);
    const end = lastWordsThatFit(body, max);
    count.textContent = `${formatText(count.dataset.countText ?? '', { count: characterCount(body), max })} ${end ? formatText(count.dataset.overText ?? '', { max, end }) : ''}`.trim();
    count.toggleAttribute('data-over', end !== undefined);
    announce(count.textContent);
  };
  try {
    const saved = localStorage.getItem(LINKEDIN_ACCOUNT_KEY);
    for (const account of accounts) if (account.value === saved) account.checked = true;
  } catch {
    // Storage blocked: a free account, as the page opens.
  }
  for (const account of accounts) {
    account.addEventListener('change', () => {
      try {
        localStorage.setItem(LINKEDIN_ACCOUNT_KEY, account.value);
      } catch {
        // Not remembered; the count still follows.
      }
      recount(last);
    });
  }
  return recount;
}
