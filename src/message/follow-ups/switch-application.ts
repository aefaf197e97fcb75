import { MAX_APPLICATIONS, type FollowUps } from './follow-ups-store';
import { newApplicationId } from './application-id';

/** What is on a message page: the reader's details and their rewritten messages. */
export interface PageWork {
  details: Record<string, string>;
  edits: Record<string, string>;
}

/**
 * The company switcher: the work on the page stays with the application it belongs to (`pageApp`,
 * or one made for it if it belongs to none yet), and `target` becomes current: an existing
 * application, or "new" (an empty one). Returns the list to store and the work to show; nothing
 * when the target is gone or there is no room for another application.
 */
export function switchApplication(followUps: FollowUps, pageApp: string | undefined, work: Readonly<PageWork>, target: string): { followUps: FollowUps; work: PageWork } | undefined {
  const applications = followUps.applications.map((application) => ({ ...application }));
  const keep = applications.find((application) => application.id === pageApp);
  const typed = Object.values(work.details).some((value) => value.trim());
  const kept = { details: { ...work.details }, ...(Object.keys(work.edits).length ? { edits: { ...work.edits } } : { edits: undefined }) };
  if (keep) Object.assign(keep, kept);
  else if (typed) applications.push({ id: newApplicationId(), sent: [], ...kept });
  if (target === 'new') {
    const fresh = { id: newApplicationId(), details: {}, sent: [] };
    applications.push(fresh);
    if (applications.length > MAX_APPLICATIONS) return undefined;
    return { followUps: { current: fresh.id, applications }, work: { details: {}, edits: {} } };
  }
  const chosen = applications.find((application) => application.id === target);
  if (!chosen || applications.length > MAX_APPLICATIONS) return undefined;
  return { followUps: { current: chosen.id, applications }, work: { details: { ...chosen.details }, edits: { ...chosen.edits } } };
}
