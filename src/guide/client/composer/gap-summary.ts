/** A blank still to fill in, and where the reader fills it. */
export interface Gap {
  label: string;
  target: HTMLElement;
}

/**
 * A channel's GOV.UK-style summary of the blanks left ([data-gap-summary]): each blank a link
 * that takes the reader to it. It is an alert, read out again whenever it changes, so it is
 * rebuilt only when the list really changes.
 */
export function gapSummary(summary: HTMLElement) {
  const list = summary.querySelector<HTMLElement>('[data-gap-list]')!;
  const fill = (gaps: Gap[]) => {
    const items = gaps.map(({ label, target }) => {
      const link = document.createElement('a');
      link.href = `#${target.id}`;
      link.textContent = label;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        target.focus();
      });
      const item = document.createElement('li');
      item.append(link);
      return item;
    });
    list.replaceChildren(...items);
  };
  return {
    get open() {
      return !summary.hidden;
    },
    show(gaps: Gap[]) {
      fill(gaps);
      summary.hidden = false;
      summary.focus();
    },
    hide() {
      summary.hidden = true;
    },
    /** Keeps an open summary up with the blanks: each one filled leaves the list, the last closes it. */
    keepUp(gaps: Gap[]) {
      if (summary.hidden) return;
      if (!gaps.length) summary.hidden = true;
      else if (gaps.length !== list.children.length) fill(gaps);
    },
  };
}
