import { homeData } from '$lib/server/data';
import { timelinePreloads } from '$lib/server/timeline-preload';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ ...homeData, timelineScripts: timelinePreloads() });
