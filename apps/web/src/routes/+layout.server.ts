import { dataset } from '$lib/server/data';
import { site } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

/**
 * The site's public address, for the canonical and Open Graph URLs every page puts in its head,
 * and the sources, for the site's navigation to their readers.
 */
export const load: LayoutServerLoad = () => ({
  siteUrl: site.siteUrl ?? null,
  sources: dataset.sources.map((source) => ({ id: source.id })),
});
