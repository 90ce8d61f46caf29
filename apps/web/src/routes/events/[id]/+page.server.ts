import { error } from '@sveltejs/kit';
import { eventToJsonLd } from '@corpus/data/export';
import { dataset, timelineData } from '$lib/server/data';
import { jsonLdScript } from '$lib/server/json-ld';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => timelineData.events.map((event) => ({ id: event.id }));

export const load: PageServerLoad = ({ params }) => {
  const event = timelineData.events.find((candidate) => candidate.id === params.id);
  const record = dataset.events.find((candidate) => candidate.id === params.id);
  if (!event || !record) error(404, `There is no event “${params.id}”.`);
  const index = timelineData.events.indexOf(event);
  return {
    event,
    previous: timelineData.events[index - 1] ?? null,
    next: timelineData.events[index + 1] ?? null,
    jsonLd: jsonLdScript({
      '@context': 'https://schema.org',
      ...eventToJsonLd(dataset, record, { baseUrl: '' }),
    }),
  };
};
