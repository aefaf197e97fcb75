import { readFollowUps, writeFollowUps, FOLLOW_UPS_KEY } from '../follow-ups/follow-ups-store';
import { switchApplication, type PageWork } from '../follow-ups/switch-application';
import { applicationName } from '../follow-ups/application-name';
import { loadEdits, replaceEdits } from '../../guide/client/saved-details';
import type { PageApplication } from './page-application';
import type { Details } from '../../guide/client/composer/details';

/**
 * The company switcher in the details form: a choice of the reader's applications, and "New
 * application". Choosing one keeps the details (and rewritten messages) on the page with the
 * application they belong to, and fills the message with the chosen one's. Hidden where the
 * follow-ups can't be read (it would write over them).
 */
export function connectApplicationSwitcher(tool: HTMLElement, details: Details, page: PageApplication): { refresh: () => void } {
  const box = tool.querySelector<HTMLElement>('[data-application-switcher]');
  const select = box?.querySelector<HTMLSelectElement>('select');
  const newButton = box?.querySelector<HTMLButtonElement>('[data-new-application]');
  if (!box || !select || !newButton) return { refresh: () => {} };
  const unnamed = select.dataset.unnamedText ?? '';

  const refresh = () => {
    const { followUps, problem } = readFollowUps();
    box.hidden = Boolean(problem);
    if (problem) return;
    const options = followUps.applications.map((application, index) =>
      new Option(applicationName(application.id === page.id ? details.given() : application.details, index + 1, unnamed), application.id),
    );
    // Details typed for no application yet: theirs, until the reader chooses another.
    if (!followUps.applications.some((application) => application.id === page.id)) {
      options.unshift(new Option(applicationName(details.given(), followUps.applications.length + 1, unnamed), ''));
    }
    select.replaceChildren(...options);
    select.value = page.id && options.some((option) => option.value === page.id) ? page.id : '';
  };

  /** Puts an application's work on the page: its details, and its rewritten messages reopened. */
  const show = (work: PageWork) => {
    details.replaceAll(work.details);
    // Read back as every edit is read (checked and capped): the list keeps them as they came.
    replaceEdits(work.edits);
    tool.dispatchEvent(new Event('details-cleared'));
    tool.dispatchEvent(new CustomEvent<Record<string, string>>('details-restored', { detail: loadEdits() }));
  };

  const switchTo = (target: string) => {
    const { followUps, problem } = readFollowUps();
    const switched = problem ? undefined : switchApplication(followUps, page.id, { details: details.given(), edits: loadEdits() }, target);
    if (switched && writeFollowUps(switched.followUps)) {
      page.id = switched.followUps.current;
      show(switched.work);
    }
    refresh();
  };
  select.addEventListener('change', () => {
    if (select.value) switchTo(select.value);
  });
  newButton.addEventListener('click', () => {
    // An application with nothing in it yet is already a new one.
    if (Object.keys(details.given()).length || !page.id) switchTo('new');
    select.focus();
  });

  // The page's application keeps its details as they are typed, and its name follows them.
  details.onChange(() => {
    const { followUps, problem } = readFollowUps();
    const mine = problem ? undefined : followUps.applications.find((application) => application.id === page.id);
    if (mine) {
      mine.details = details.given();
      writeFollowUps(followUps);
    }
    const chosen = select.selectedOptions[0];
    if (chosen) chosen.text = applicationName(details.given(), select.selectedIndex + 1, unnamed);
  });

  // Another tab (the follow-ups page, another message) changed the list, or this page comes back
  // from the back/forward cache: follow the application that is current now.
  const follow = () => {
    const { followUps, problem } = readFollowUps();
    const current = problem ? undefined : followUps.applications.find((application) => application.id === followUps.current);
    if (current && current.id !== page.id) {
      page.id = current.id;
      show({ details: current.details, edits: current.edits ?? {} });
    }
    refresh();
  };
  window.addEventListener('storage', (event) => {
    if (event.key === FOLLOW_UPS_KEY || event.key === null) follow();
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) follow();
  });
  refresh();
  return { refresh };
}
