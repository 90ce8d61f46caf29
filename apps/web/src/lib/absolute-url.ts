/**
 * A page's public address from its resolved path (`/corpus-timeline/events/x`, as links.ts gives
 * it) and the site's address (CORPUS_SITE_URL with the base path), or undefined when the site's
 * address is not known: nothing absolute is ever made up. The home page keeps its trailing slash,
 * the address a static host serves it at.
 */
export function absoluteUrl(siteUrl: string | null | undefined, path: string): string | undefined {
  if (!siteUrl) return undefined;
  const site = new URL(`${siteUrl}/`);
  return path === site.pathname.replace(/\/$/, '') ? site.href : new URL(path, site).href;
}
