import { error } from '@sveltejs/kit';
import { listPages } from '$lib/list-pages';
import { homeData } from '$lib/server/data';
import type { ListEntry } from '$lib/types';
import type { EntryGenerator, PageServerLoad } from './$types';

// The whole list in date order, a page at a time as plain HTML: what the home page's pager links
// to, so every event can be reached without JavaScript at any size of dataset.
const pages = listPages(homeData.events.length);

export const entries: EntryGenerator = () => pages.map((page) => ({ page: String(page.number) }));

export const load: PageServerLoad = ({ params }) => {
  const page = pages.find((candidate) => String(candidate.number) === params.page);
  if (!page) error(404, `The list has no page “${params.page}”.`);
  const events: ListEntry[] = homeData.events
    .slice(page.start, page.end)
    .map(({ start, end, openStart, openEnd, searchText, ...entry }) => entry);
  return { page, events };
};
