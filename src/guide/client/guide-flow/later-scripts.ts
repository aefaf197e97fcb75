import { importWithImports } from '../import-with-imports';
import { DETAILS_KEY, EDITS_KEY } from '../storage-keys';

/**
 * The scripts the guide's island loads later, from the URLs its element carries
 * (src/lib/lazy-scripts.ts): the machine, a template's composer, the broken-link notice. A script
 * that failed to load is asked for again next time (a lost connection may be back; a redeploy may
 * have replaced it), rather than kept as a failure until the page is reloaded.
 */

function forgetIfFailed<T>(loading: Promise<T>, forget: () => void): Promise<T> {
  loading.catch(forget);
  return loading;
}

type ReplayModule = typeof import('../../guide-replay');
let replayModule: Promise<ReplayModule> | undefined;

/** The machine (XState and the address replay). */
export const loadReplay = (flow: HTMLElement) =>
  (replayModule ??= forgetIfFailed(importWithImports<ReplayModule>(flow.dataset.replaySrc!), () => (replayModule = undefined)));

/** The broken-link notice's script. */
export const loadNotice = (flow: HTMLElement) => importWithImports<typeof import('../broken-link-notice')>(flow.dataset.noticeSrc!);

type TemplateToolModule = typeof import('../template-tool');
let templateTool: Promise<TemplateToolModule> | undefined;

/** Template outcomes get their fill-in tools, loaded the first time one is wanted. */
export async function connectTools(flow: HTMLElement, view: Element): Promise<void> {
  const tools = view.querySelectorAll<HTMLElement>('[data-template-tool]');
  if (!tools.length) return;
  templateTool ??= forgetIfFailed(importWithImports<TemplateToolModule>(flow.dataset.templateToolSrc!), () => (templateTool = undefined));
  const { connectTemplateTool } = await templateTool;
  tools.forEach(connectTemplateTool);
  sayLoadFailed(flow, false);
}

/**
 * Says in the guide's note (LoadFailedNote) that its tools could not load, or no longer says it:
 * written only when that changes, as the page script does, since an alert is read at every write.
 */
export function sayLoadFailed(flow: HTMLElement, failed: boolean): void {
  const note = flow.querySelector<HTMLElement>('[data-load-failed]');
  const text = failed ? (note?.dataset.loadFailed ?? '') : '';
  if (note && note.textContent !== text) note.textContent = text;
}

/** Whether this browser holds the reader's details or edits (storage may throw: then it doesn't). */
export function hasSavedWork(): boolean {
  try {
    return Boolean(localStorage.getItem(DETAILS_KEY) || localStorage.getItem(EDITS_KEY));
  } catch {
    return false;
  }
}
