import { applicationName } from '../application-name';
import { nextStep } from '../next-step';
import { newestFirst, nextStepText, sentText } from '../follow-up-words';
import type { AfterSending } from '../../../lib/content-schemas';
import type { Application } from '../follow-ups-store';
import type { FollowUpsTexts } from '../follow-ups-texts';

/** What an entry needs besides its application: the page's words, the guide's rules, today. */
export interface EntryContext {
  template: HTMLTemplateElement;
  texts: FollowUpsTexts;
  titles: Record<string, string>;
  rules: Record<string, AfterSending>;
  channels: Record<string, string>;
  today: string;
  locale: string;
}

const part = (entry: Element, hook: string) => entry.querySelector<HTMLElement>(`[data-followup-${hook}]`)!;

/** One application as the page lists it: its name, its next step, what was sent (newest first) and its buttons. */
export function followUpEntry(application: Application, place: number, current: boolean, context: EntryContext): HTMLElement {
  const { texts, today, locale } = context;
  const entry = (context.template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const name = applicationName(application.details, place, texts.unnamed);
  entry.dataset.followupId = application.id;
  part(entry, 'name').textContent = name;
  // The buttons' names say which application they act on (the visible word is the same for each).
  entry.querySelectorAll('[data-followup-label]').forEach((label) => (label.textContent = ` ${name}`));
  part(entry, 'current').hidden = !current;
  const next = nextStep(application.sent, context.rules);
  const nextLine = part(entry, 'next');
  nextLine.dataset.followupNext = next.kind;
  nextLine.textContent = nextStepText(next, today, locale, texts);
  // An empty list of what was sent, and its title, are hidden by the page's CSS.
  part(entry, 'sent').append(
    ...newestFirst(application.sent).map((item) => {
      const line = document.createElement('li');
      line.textContent = sentText(item, context.titles, context.channels, today, locale, texts);
      return line;
    }),
  );
  return entry;
}
