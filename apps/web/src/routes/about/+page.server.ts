import { formatCitation } from '@corpus/data/export';
import { citer, dataset, timelineData } from '$lib/server/data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const people = new Map(dataset.people.map((person) => [person.id, person.name ?? person.label]));
  return {
    sources: dataset.sources.map((source) => ({
      id: source.id,
      title: source.title,
      titleSupplied: source.titleSupplied,
      fileName: source.fileName,
      sha256: source.text.sha256,
      length: source.text.length,
      paragraphs: source.text.paragraphs,
      machineTranslated: source.machineTranslated,
      translatedFrom: source.translatedFrom,
      credits: source.credits.map((credit) => ({
        role: credit.role,
        names: credit.people.map((id) => people.get(id) ?? id),
      })),
    })),
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
  };
};
