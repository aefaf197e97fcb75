import { connectChannel } from './composer/channel';
import { connectDetails } from './composer/details';
import { keepDetailsOpenWhenWide } from './composer/details-fold';
import { connectReminder } from './composer/reminder';
import { sayWhenPasteIsCut } from './composer/paste-cut';
import { connectApplicationSwitcher } from '../../message/client/application-switcher';
import { recordSentMessages } from '../../message/client/follow-up-recorder';
import { pageApplication } from '../../message/client/page-application';

/**
 * A template outcome's composer (composer/Composer.astro): the blanks of the message become
 * inputs kept in step with the details form and remembered in this browser; each channel gets
 * its copy, edit, mailto: and download tools; the reminder gets its calendar file. Every value
 * is inserted as text. What the tools say comes from the page, in data- attributes.
 */
export function connectTemplateTool(tool: HTMLElement): void {
  if (tool.dataset.connected) return;
  tool.dataset.connected = 'true';

  const details = connectDetails(tool);
  const form = tool.querySelector<HTMLDetailsElement>('details[data-template-form]');
  if (form) keepDetailsOpenWhenWide(form);
  sayWhenPasteIsCut(tool);
  const note = tool.querySelector<HTMLElement>('[data-storage-note]');
  const onStored = (ok: boolean) => {
    if (!ok && note) note.hidden = false;
  };
  for (const section of tool.querySelectorAll<HTMLElement>('[data-channel]')) {
    connectChannel(section, details, tool.dataset.templateId ?? '', onStored);
  }

  // Each application keeps its own details; what goes is noted for the one on the page.
  const page = pageApplication();
  const switcher = connectApplicationSwitcher(tool, details, page);
  recordSentMessages(tool, details, page, switcher.refresh, onStored);

  const reminder = tool.closest('[data-outcome]')?.querySelector<HTMLElement>('[data-reminder]');
  if (reminder) connectReminder(reminder, tool.dataset.templateTitle ?? '', () => details.values().company ?? '');
}
