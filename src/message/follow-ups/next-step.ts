import type { AfterSending } from '../../lib/content-schemas';
import { reminderDay } from '../../guide/reminder-date';
import type { SentMessage } from './follow-ups-store';

/** What comes next for one application, by the timing rules of the last message sent. */
export type NextStep = { kind: 'check-in' | 'look-again'; day: string } | { kind: 'rest' } | { kind: 'nothing-sent' };

/**
 * The latest message decides: one check-in if no reply by a day (its rule counts from the day it
 * went), look again on a day, or let it rest. A message whose template has since gone rests.
 */
export function nextStep(sent: readonly SentMessage[], rules: Readonly<Record<string, AfterSending>>): NextStep {
  const last = [...sent].sort((a, b) => a.day.localeCompare(b.day)).at(-1);
  if (!last) return { kind: 'nothing-sent' };
  const rule = rules[last.template];
  if (!rule || rule.next === 'rest') return { kind: 'rest' };
  const day = reminderDay(last.day, rule.after);
  return day ? { kind: rule.next, day } : { kind: 'rest' };
}
