/** How an application is named in lists: its company and role, or its place in the list. */
export function applicationName(details: Readonly<Record<string, string>>, place: number, unnamed: string): string {
  const company = details.company?.trim();
  const role = details.role?.trim();
  if (company && role) return `${company}, ${role}`;
  return company || role || unnamed.replace('{number}', String(place));
}
