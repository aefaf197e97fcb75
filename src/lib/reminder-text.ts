import { hasUiKey, LANG, pluralForms, t, type UiKey } from '../i18n';
import { formatText, pluralForm } from '../i18n/format';
import type { ReminderOffset } from '../guide/reminder-date';

/** Small numbers as words ("two"), where src/i18n has the word ("number.2"); others as figures. */
function numberWord(count: number): string {
  const key = `number.${count}`;
  return hasUiKey(key) ? t(key as Extract<UiKey, `number.${string}`>) : String(count);
}

/** "two working days" / "18 months", for the page's own words about the reminder. */
export function describeOffset(offset: ReminderOffset): string {
  const [count, unit] = 'workingDays' in offset ? [offset.workingDays, 'reminder.workingDays' as const] : [offset.months, 'reminder.months' as const];
  return formatText(pluralForm(LANG, count, pluralForms(unit)), { count: numberWord(count) });
}
