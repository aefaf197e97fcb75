import { readFollowUps, writeFollowUps } from '../follow-ups/follow-ups-store';
import { applicationName, switchApplication } from '../follow-ups/switch-application';
import type { Details } from '../../guide/client/composer/details';

/**
 * The company switcher in the details form: one choice per application in the reader's
 * follow-ups, and "New application". Choosing one keeps the details on the page with theirs and
 * fills the message with the chosen one's. Shown only where the follow-ups can be read.
 */
export function connectApplicationSwitcher(tool: HTMLElement, details: Details): void {
  const box = tool.querySelector<HTMLElement>('[data-application-switcher]');
  const select = box?.querySelector<HTMLSelectElement>('select');
  if (!box || !select) return;
  const { newText = '', unnamedText = '' } = select.dataset;

  const fill = () => {
    const { followUps, problem } = readFollowUps();
    box.hidden = Boolean(problem);
    if (problem) return;
    const options = followUps.applications.map((application, index) => new Option(applicationName(application.details, index + 1, unnamedText), application.id));
    // Details typed for no application yet: theirs, until the reader chooses another.
    if (!followUps.current) options.unshift(new Option(applicationName(details.given(), followUps.applications.length + 1, unnamedText), ''));
    options.push(new Option(newText, 'new'));
    select.replaceChildren(...options);
    select.value = followUps.current ?? '';
  };

  select.addEventListener('change', () => {
    const { followUps, problem } = readFollowUps();
    const switched = problem ? undefined : switchApplication(followUps, details.given(), select.value);
    if (switched && writeFollowUps(switched.followUps)) details.replaceAll(switched.details);
    fill();
  });
  // The current application keeps its details as they are typed, and its name follows them.
  details.onChange(() => {
    const { followUps, problem } = readFollowUps();
    const current = problem ? undefined : followUps.applications.find((application) => application.id === followUps.current);
    if (current) {
      current.details = details.given();
      writeFollowUps(followUps);
    }
    const chosen = select.selectedOptions[0];
    if (chosen && chosen.value !== 'new') chosen.text = applicationName(details.given(), select.selectedIndex + 1, unnamedText);
  });
  // Another tab (the follow-ups page) may have changed the list.
  window.addEventListener('storage', fill);
  fill();
}
