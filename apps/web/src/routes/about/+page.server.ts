import { formatCitation } from '@corpus/data/export';
import { citer, dataset, timelineData } from '$lib/server/data';
import { toSourceView } from '$lib/server/source-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
  sources: dataset.sources.map(toSourceView),
  counts: {
    events: dataset.events.length,
    places: dataset.places.length,
    people: dataset.people.length,
    organisations: dataset.organisations.length,
    figures: dataset.figures.length,
  },
  version: dataset.version,
  reference: formatCitation(citer.dataset(), 'text').trimEnd(),
  coverage: timelineData.coverage,
});
