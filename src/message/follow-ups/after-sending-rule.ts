import type { AfterSending, AfterSendingEntry } from '../../lib/content-schemas';
import type { ReminderOffset } from '../../guide/reminder-date';

/**
 * A template's `afterSending` as the follow-ups page applies it. "Look again" has no number of its
 * own: it comes when the template's reminder does (`reminder.after`), so the delay is written once.
 * Undefined for a look-again without a reminder, which the build refuses (guide-content.ts).
 */
export function afterSendingRule(data: { afterSending: AfterSendingEntry; reminder?: { after: ReminderOffset } | undefined }): AfterSending | undefined {
  const { afterSending, reminder } = data;
  if (afterSending.next !== 'look-again') return afterSending;
  return reminder ? { next: 'look-again', after: reminder.after } : undefined;
}
