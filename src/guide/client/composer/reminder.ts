import { formatText } from '../../../i18n/format';
import { reminderIcs } from '../../ical';
import { parseDay, reminderDay, type ReminderOffset } from '../../reminder-date';
import { downloadText } from '../download';

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The reminder: the reader gives the date it counts from (their promised day, the day of their
 * message…) and the reminder day follows from it; they can still change it.
 */
export function connectReminder(section: HTMLElement, title: string, company: () => string): void {
  const fromInput = section.querySelector<HTMLInputElement>('[data-reminder-from]')!;
  const dateInput = section.querySelector<HTMLInputElement>('[data-reminder-date]')!;
  const status = section.querySelector<HTMLElement>('[data-reminder-status]')!;
  const offset = JSON.parse(section.dataset.reminderAfter ?? '{"workingDays":2}') as ReminderOffset;
  const today = localIsoDate(new Date());
  dateInput.min = today;
  // A date to count from that gives no day (a year past 9999) leaves none: the day its first
  // digits gave, typed on the way (2757 of 275760), would be a reminder the reader never chose.
  const fromRefused = () => fromInput.value !== '' && !reminderDay(fromInput.value, offset);
  fromInput.addEventListener('change', () => {
    const day = reminderDay(fromInput.value, offset);
    if (day) dateInput.value = day;
    else if (fromRefused()) dateInput.value = '';
  });
  // Keep dates the reader chose before the tools loaded.
  if (fromInput.value && !dateInput.value) dateInput.value = reminderDay(fromInput.value, offset) ?? '';

  const button = section.querySelector<HTMLElement>('[data-reminder-download]')!;
  const text = (name: string, params?: Record<string, string>) => formatText(button.dataset[name] ?? '', params);
  button.addEventListener('click', () => {
    if (!dateInput.value && fromRefused()) {
      status.textContent = text('badDateText');
      fromInput.focus();
      return;
    }
    const problem = !dateInput.value
      ? text('noDateText')
      : !parseDay(dateInput.value)
        ? text('badDateText')
        : dateInput.value < today
          ? text('pastDateText')
          : undefined;
    if (problem) {
      status.textContent = problem;
      dateInput.focus();
      return;
    }
    const who = company().trim();
    const page = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    const ics = reminderIcs({
      date: dateInput.value,
      summary: who ? text('eventToText', { title, company: who }) : text('eventText', { title }),
      description: text('eventDetailText', { url: `${location.origin}${location.pathname}` }),
      url: `${location.origin}${new URL(page).pathname}`,
      now: new Date(),
      uid: `${crypto.randomUUID()}@after-the-no`,
    });
    downloadText(ics, `${button.dataset.fileName ?? 'reminder'}.ics`, 'text/calendar;charset=utf-8');
    status.textContent = text('savedText', { date: dateInput.value });
  });
}
