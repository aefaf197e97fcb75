import { importWithImports } from '../../guide/client/import-with-imports';

type BoxModule = typeof import('./describe-box');

/**
 * Wires the "what happened?" box (DescribeBox.astro) in `scope` to load its script and data on
 * its first focus, not with the page. If they can't load, the box says so, and Enter still
 * searches the site for the words; the next focus tries again.
 */
export function whenDescribeUsed(scope: ParentNode): void {
  const form = scope.querySelector<HTMLFormElement>('[data-describe]');
  const input = form?.querySelector('input');
  if (!form || !input) return;
  const load = () =>
    importWithImports<BoxModule>(form.dataset.describeSrc!)
      .then((box) => box.connectDescribeBox(form))
      .then(
        () => input.removeEventListener('focus', load),
        () => (form.querySelector('[data-describe-status]')!.textContent = form.dataset.describeFailed!),
      );
  input.addEventListener('focus', load);
  // Focused, or typed in, before this script ran.
  if (document.activeElement === input || input.value) void load();
}
