import { MAX_APPLICATIONS, newApplicationId, type FollowUps } from './follow-ups-store';

/**
 * The company switcher: the details on the page stay with the application they belong to (one
 * made for them if they belong to none yet), and `target` becomes current: an existing
 * application, or "new" (an empty one). Returns the list to store and the details to show; the
 * list as it was when there is no room for another application.
 */
export function switchApplication(
  followUps: FollowUps,
  pageDetails: Readonly<Record<string, string>>,
  target: string,
): { followUps: FollowUps; details: Record<string, string> } | undefined {
  const applications = followUps.applications.map((application) => ({ ...application }));
  const keep = applications.find((application) => application.id === followUps.current);
  const typed = Object.values(pageDetails).some((value) => value.trim());
  if (keep) keep.details = { ...pageDetails };
  else if (typed) applications.push({ id: newApplicationId(), details: { ...pageDetails }, sent: [] });
  if (target === 'new') {
    if (applications.length >= MAX_APPLICATIONS) return undefined;
    const fresh = { id: newApplicationId(), details: {}, sent: [] };
    applications.push(fresh);
    return { followUps: { current: fresh.id, applications }, details: {} };
  }
  const chosen = applications.find((application) => application.id === target);
  if (!chosen) return undefined;
  return { followUps: { current: chosen.id, applications }, details: { ...chosen.details } };
}

/** How an application is named in lists: its company and role, or its place in the list. */
export function applicationName(details: Readonly<Record<string, string>>, place: number, unnamed: string): string {
  const company = details.company?.trim();
  const role = details.role?.trim();
  if (company && role) return `${company}, ${role}`;
  return company || role || unnamed.replace('{number}', String(place));
}
