import { site } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

// The site's public address, for the canonical and Open Graph URLs every page puts in its head.
export const load: LayoutServerLoad = () => ({ siteUrl: site.siteUrl ?? null });
