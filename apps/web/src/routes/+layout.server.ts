import { dataset } from '$lib/server/data';
import type { LayoutServerLoad } from './$types';

/** The sources, for the site's navigation to their readers. */
export const load: LayoutServerLoad = () => ({
  sources: dataset.sources.map((source) => ({ id: source.id })),
});
