import { formatText } from '../../i18n/format';
import { fillTemplate, parseTemplate } from '../template-text';
import { mailtoHref, messageAsText } from '../message-export';
import { reminderIcs } from '../ical';
import { parseDay, reminderDay, type ReminderOffset } from '../reminder-date';
import { clearDetails, loadDetails, saveDetail } from './saved-details';
import { copyText } from './clipboard';
import { downloadText } from './download';

/**
 * A template outcome's fill-in form (TemplateOutcome.astro): live preview, copy, mailto:, .txt
 * download, remembered details and the calendar reminder. Every value is inserted as text. What
 * the tools say comes from the page, in data- attributes on the buttons (data-done-text…).
 */
export function connectTemplateTool(tool: HTMLElement): void {
  if (tool.dataset.connected) return;
  tool.dataset.connected = 'true';

  const subjectSource = tool.dataset.templateSubjectSource;
  const bodySource = tool.dataset.templateBodySource ?? '';
  const title = tool.dataset.templateTitle ?? '';
  const fields = [...tool.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-template-field]')];
  const labels = Object.fromEntries(
    fields.map((field) => [field.name, tool.querySelector(`label[for="${field.id}"]`)?.textContent?.trim() ?? field.name]),
  );
  const subjectOut = tool.querySelector<HTMLElement>('[data-template-subject]');
  const bodyOut = tool.querySelector<HTMLElement>('[data-template-output]')!;
  const mailto = tool.querySelector<HTMLAnchorElement>('[data-template-mailto]');
  const status = tool.querySelector<HTMLElement>('[data-template-status]')!;

  let subject: string | undefined;
  let body = '';

  // A field left empty uses its fallback (the greeting "Dear"), otherwise it shows as a blank.
  const fallbacks = Object.fromEntries(fields.flatMap((field) => (field.dataset.fallback ? [[field.name, field.dataset.fallback]] : [])));
  const values = () =>
    Object.fromEntries(fields.map((field) => [field.name, field.value.trim() || (fallbacks[field.name] ?? '')]));
  const bodyParts = parseTemplate(bodySource);
  const render = () => {
    const filled = values();
    subject = subjectSource ? fillTemplate(subjectSource, filled, labels) : undefined;
    body = fillTemplate(bodySource, filled, labels);
    if (subjectOut && subject !== undefined) subjectOut.textContent = subject;
    // The preview keeps unfilled gaps as marked spans (blank lines in print); values go in as text.
    bodyOut.replaceChildren(
      ...bodyParts.map((part) => {
        if (part.kind === 'text') return part.text;
        const value = filled[part.name]?.trim();
        if (value) return value;
        const blank = document.createElement('span');
        blank.className = 'template-blank';
        blank.dataset.label = labels[part.name] ?? part.name;
        blank.textContent = `[${blank.dataset.label}]`;
        return blank;
      }),
    );
    if (mailto) mailto.href = mailtoHref(subject, body);
  };

  // The fields are on screen before this script arrives: what the reader has typed by then wins
  // over stored details (and is stored), so nothing typed on a slow connection is wiped.
  const saved = loadDetails();
  for (const field of fields) {
    if (field.value) saveDetail(field.name, field.value);
    else field.value = saved[field.name] ?? '';
    field.addEventListener('input', () => {
      saveDetail(field.name, field.value);
      render();
    });
  }
  render();

  // "Subject:" before the subject line of a copied or saved message.
  const asText = () => messageAsText(subject, body, subjectOut?.dataset.label ?? '');
  const copy = tool.querySelector<HTMLElement>('[data-template-copy]');
  copy?.addEventListener('click', () => {
    void copyText(asText(), status, { copied: copy.dataset.copiedText ?? '', failed: copy.dataset.failedText ?? '' });
  });
  const download = tool.querySelector<HTMLElement>('[data-template-download]');
  download?.addEventListener('click', () => {
    downloadText(asText(), download.dataset.templateDownload!, 'text/plain;charset=utf-8');
    status.textContent = download.dataset.doneText ?? '';
  });
  const clear = tool.querySelector<HTMLElement>('[data-template-clear]');
  clear?.addEventListener('click', () => {
    clearDetails();
    for (const field of fields) field.value = '';
    render();
    status.textContent = clear.dataset.doneText ?? '';
  });

  const reminder = tool.closest('[data-outcome]')?.querySelector<HTMLElement>('[data-reminder]');
  if (reminder) connectReminder(reminder, title, () => values().company ?? '');
}

function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The reminder: the reader gives the date it counts from (their promised day, the day of their
 * message…) and the reminder day follows from it; they can still change it.
 */
function connectReminder(section: HTMLElement, title: string, company: () => string): void {
  const fromInput = section.querySelector<HTMLInputElement>('[data-reminder-from]')!;
  const dateInput = section.querySelector<HTMLInputElement>('[data-reminder-date]')!;
  const status = section.querySelector<HTMLElement>('[data-reminder-status]')!;
  const offset = JSON.parse(section.dataset.reminderAfter ?? '{"workingDays":2}') as ReminderOffset;
  const today = localIsoDate(new Date());
  dateInput.min = today;
  fromInput.addEventListener('change', () => {
    const day = reminderDay(fromInput.value, offset);
    if (day) dateInput.value = day;
  });
  // Keep dates the reader chose before the tools loaded.
  if (fromInput.value && !dateInput.value) dateInput.value = reminderDay(fromInput.value, offset) ?? '';

  const button = section.querySelector<HTMLElement>('[data-reminder-download]')!;
  const text = (name: string, params?: Record<string, string>) => formatText(button.dataset[name] ?? '', params);
  button.addEventListener('click', () => {
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
