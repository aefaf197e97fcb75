import { localToday } from '../day-in-words';
import { recordSent } from '../follow-ups/record-sent';
import { MESSAGE_SENT } from './message-sent';
import type { PageApplication } from './page-application';
import type { Details } from '../../guide/client/composer/details';

/**
 * Notes in the reader's follow-ups each message that goes from this composer (copied, shared,
 * opened in the email app), with the channel it went by and the details it was filled with. A
 * second message (to the friend who referred you) is not a follow-up with the employer. Noting is
 * never in the way of sending: when it can't be done, the channel's status line says why.
 */
export function recordSentMessages(tool: HTMLElement, details: Details, page: PageApplication, onRecorded: () => void, onStored: (ok: boolean) => void): void {
  tool.addEventListener(MESSAGE_SENT, (event) => {
    const section = (event.target as Element).closest<HTMLElement>('[data-channel]');
    const channel = section?.dataset.channel;
    if (!channel || channel === 'second') return;
    const { result, application } = recordSent({ template: tool.dataset.templateId ?? '', channel, day: localToday() }, details.given(), page.id);
    if (result === 'recorded') {
      page.id = application;
      onRecorded();
      return;
    }
    if (result === 'refused') return onStored(false);
    const status = section.querySelector<HTMLElement>('[data-template-status]');
    const text = tool.dataset[result === 'full' ? 'followupsFullText' : 'followupsUnreadableText'];
    // After the copy's own "Copied" (a status line speaks its latest words).
    if (status && text) status.textContent = `${status.textContent ?? ''} ${text}`.trim();
  });
}
