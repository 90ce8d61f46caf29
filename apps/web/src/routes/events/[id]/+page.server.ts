import { error } from '@sveltejs/kit';
import { eventToJsonLd } from '@corpus/data/export';
import { dataset, eventIndex, queries, timelineData } from '$lib/server/data';
import { jsonLdScript } from '$lib/server/json-ld';
import { exportBaseUrl } from '$lib/server/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => timelineData.events.map((event) => ({ id: event.id }));

export const load: PageServerLoad = ({ params }) => {
  const index = eventIndex.get(params.id);
  const event = index === undefined ? undefined : timelineData.events[index];
  const record = queries.event(params.id);
  if (index === undefined || !event || !record) error(404, `There is no event “${params.id}”.`);
  return {
    event,
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
    jsonLd: jsonLdScript({
      '@context': 'https://schema.org',
      ...eventToJsonLd(dataset, record, { baseUrl: exportBaseUrl }),
    }),
  };
};

/** Only what the neighbour links show, so each page's data stays the size of one event. */
function neighbour(index: number): { id: string; title: string } | null {
  const event = timelineData.events[index];
  return event ? { id: event.id, title: event.title } : null;
}
