import { homePage } from '$lib/server/home-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => homePage();
