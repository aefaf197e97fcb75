/**
 * Puts a channel's script-only parts in place, copied from the composer's one <template>
 * (Composer.astro): the summary of blanks left, above the copy buttons, and the whole-message
 * editor, after the message and its notes. Made once per page rather than once per channel,
 * they cost the page's first render nothing.
 */
export function addChannelParts(section: HTMLElement): void {
  if (section.querySelector('[data-gap-summary]')) return;
  const template = section.closest('[data-template-tool]')?.querySelector<HTMLTemplateElement>('template[data-channel-parts]');
  if (!template) return;
  const parts = template.content.cloneNode(true) as DocumentFragment;
  const id = section.dataset.channel!;
  const summary = parts.querySelector<HTMLElement>('[data-gap-summary]')!;
  const editor = parts.querySelector<HTMLElement>('[data-message-editor]')!;
  // Labels tied to their fields by ids of this channel's own.
  const tie = (name: 'subject' | 'body') => {
    const label = editor.querySelector<HTMLLabelElement>(`[data-edit-${name}-label]`)!;
    const field = editor.querySelector<HTMLElement>(`[data-edit-${name}]`)!;
    field.id = label.htmlFor = `edit-${name}-${id}`;
    return [label, field];
  };
  const subjectParts = tie('subject');
  tie('body');
  // A message with no subject line (a reply in their thread, a text) has none to edit.
  if (section.dataset.templateSubjectSource === undefined) subjectParts.forEach((part) => part.remove());
  section.querySelector('.channel__copy')!.before(summary);
  (section.querySelector('.channel__account') ?? section.querySelector('.channel__more'))!.before(editor);
}
