import { localToday } from '../day-in-words';
import { recordSent } from '../follow-ups/record-sent';
import { MESSAGE_SENT } from './message-sent';
import type { Details } from '../../guide/client/composer/details';

/**
 * Notes in the reader's follow-ups each message that goes from this composer (copied, shared,
 * opened in the email app), with the channel it went by and the details it was filled with.
 * Noting is never in the way of sending: when it can't be done the page says why, once.
 */
export function recordSentMessages(tool: HTMLElement, details: Details, onStored: (ok: boolean) => void): void {
  const note = tool.querySelector<HTMLElement>('[data-followups-note]');
  tool.addEventListener(MESSAGE_SENT, (event) => {
    const channel = (event.target as Element).closest<HTMLElement>('[data-channel]')?.dataset.channel;
    if (!channel) return;
    const result = recordSent(tool.dataset.templateId ?? '', channel, details.given(), localToday());
    if (result === 'refused') onStored(false);
    else if (result !== 'recorded' && note) note.hidden = false;
  });
}
