import { MESSAGE_SENT } from '../../../message/client/message-sent';
import { mailtoHref, messageAsText } from '../../message-export';
import { oneLine } from '../../one-line';
import { fillTemplate, placeholdersOf } from '../../template-text';
import { downloadText } from '../download';
import { copier, type CopyWhat } from './copy-buttons';
import type { Details } from './details';
import { gapSummary, type Gap } from './gap-summary';
import { linkedinCounter } from './linkedin-count';
import { messageEditor } from './message-editor';
import { addChannelParts } from './channel-parts';

/**
 * One channel of the composer (ChannelMessage.astro): copy the subject, the body or both, with
 * a summary of the blanks left first (gap-summary); edit the whole message (message-editor);
 * the mailto: link, the LinkedIn character count (linkedin-count) and the text download. This
 * file joins them: what the message says now, and what each change updates.
 */
export function connectChannel(section: HTMLElement, details: Details, templateId: string, onStored: (ok: boolean) => void): void {
  addChannelParts(section);
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => section.querySelector<T>(selector);
  const subjectSource = section.dataset.templateSubjectSource;
  const bodySource = section.dataset.templateBodySource ?? '';
  const message = $('[data-message]')!;
  const status = $('[data-template-status]')!;
  const subjectLabel = $('.message__subject-label')?.textContent ?? '';
  const summary = gapSummary($('[data-gap-summary]')!);
  const countLinkedIn = linkedinCounter(section);
  /** The copy a summary of blanks is standing in for, made by "Copy anyway". */
  let pending: { what: CopyWhat; button: HTMLElement } | undefined;

  const filled = () => {
    const values = details.values();
    return { subject: subjectSource && oneLine(fillTemplate(subjectSource, values, details.labels)), body: fillTemplate(bodySource, values, details.labels) };
  };
  const editor = messageEditor(section, {
    editKey: `${templateId}/${section.dataset.channel}`,
    details,
    onStored,
    filled,
    changed: (toggled) => {
      // Another message now: a summary of the old one's blanks would mislead.
      if (toggled) summary.hide();
      update();
    },
  });
  const text = () => (editor.editing ? editor.written() : filled());

  /** The blanks left in what is about to be copied (the subject, the body, or both). */
  const gaps = (what: CopyWhat = 'all'): Gap[] => {
    const withSubject = what !== 'body';
    const withBody = what !== 'subject';
    if (editor.editing) {
      const { subject = '', body } = editor.written();
      const written = `${withSubject ? subject : ''}\n${withBody ? body : ''}`;
      return Object.values(details.labels)
        .filter((label) => written.includes(`[${label}]`))
        .map((label) => ({ label, target: editor.field }));
    }
    const values = details.values();
    return placeholdersOf(`${withSubject ? (subjectSource ?? '') : ''}\n${withBody ? bodySource : ''}`)
      .filter((name) => !values[name])
      .map((name) => ({ label: details.labels[name] ?? name, target: $(`[data-blank-input][name="${name}"]`) ?? message }));
  };

  /** What a copy button puts on the clipboard. */
  const wordsFor = (what: CopyWhat) => {
    const { subject = '', body } = text();
    return what === 'subject' ? subject : what === 'body' ? body : messageAsText(subject, body, subjectLabel);
  };
  const copies = copier(status, wordsFor);

  function update(): void {
    copies.forgetIfStale();
    const { subject, body } = text();
    const mailto = $<HTMLAnchorElement>('[data-template-mailto]');
    if (mailto) mailto.href = mailtoHref(subject, body);
    countLinkedIn(body);
    summary.keepUp(gaps(pending?.what));
  }

  for (const button of section.querySelectorAll<HTMLElement>('[data-copy]')) {
    button.addEventListener('click', () => {
      const what = button.dataset.copy as CopyWhat;
      const left = gaps(what);
      if (left.length) {
        pending = { what, button };
        summary.show(left);
      } else {
        summary.hide();
        void copies.copy(what, button);
      }
    });
  }
  $('[data-copy-anyway]')!.addEventListener('click', () => {
    summary.hide();
    if (pending) void copies.copy(pending.what, pending.button);
  });

  // Share, where the browser has the Web Share API: the message goes to the reader's own apps.
  const share = $('[data-share]');
  if (share && typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener('click', () => {
      navigator.share({ text: wordsFor('all') }).then(() => share.dispatchEvent(new Event(MESSAGE_SENT, { bubbles: true })), () => {
        // Dismissed by the reader, or refused: nothing to say.
      });
    });
  }

  // Opened in the email app: as good as sent, for the follow-ups.
  $('[data-template-mailto]')?.addEventListener('click', (event) => (event.currentTarget as HTMLElement).dispatchEvent(new Event(MESSAGE_SENT, { bubbles: true })));

  const download = $('[data-template-download]');
  download?.addEventListener('click', () => {
    const { subject, body } = text();
    downloadText(messageAsText(subject, body, subjectLabel), download.dataset.templateDownload!, 'text/plain;charset=utf-8');
    status.textContent = download.dataset.doneText ?? '';
  });

  editor.restore();
  details.onChange(update);
  update();
}
