/**
 * The address of an event's page on a site whose home is `baseUrl` (an absolute URL, or a
 * root-relative path such as `/corpus-timeline`; empty for the root of the current host).
 */
export function eventUrl(baseUrl: string, id: string): string {
  return `${baseUrl.replace(/\/$/, '')}/events/${id}`;
}
