import {
  compareByDate,
  createQueries,
  dayBounds,
  formatDateBasis,
  formatFactDate,
  precisionOf,
  toEdtf,
  type Citation,
  type Dataset,
  type DeepReadonly,
  type Event,
} from '@corpus/data';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '$lib/categories';
import type { CitationView, EventSummary, EventView, TimelineData } from '$lib/types';

const QUALIFIERS: Record<string, string> = {
  exactly: '',
  'more-than': 'more than ',
  nearly: 'nearly ',
  range: '',
};

/** Resolves and formats a dataset for the pages, once, at build time. */
export function buildTimelineData(dataset: DeepReadonly<Dataset>): TimelineData {
  const queries = createQueries(dataset);
  const citation = (c: DeepReadonly<Citation>): CitationView => ({
    source: c.source,
    sourceTitle: queries.source(c.source)?.title ?? c.source,
    paragraph: c.paragraph,
    start: c.start,
    end: c.end,
    terms: [...c.terms],
  });

  const toView = (event: DeepReadonly<Event>): EventView => {
    const bounds = dayBounds(event.date);
    const precisions =
      event.date.kind === 'undated'
        ? []
        : (event.date.kind === 'on' ? [event.date.date] : [event.date.start, event.date.end]).map(
            (date) => precisionOf(date),
          );
    const precision =
      event.date.kind === 'undated'
        ? 'undated'
        : precisions.includes('year')
          ? 'year'
          : precisions.includes('month')
            ? 'month'
            : 'day';
    const places = event.places.flatMap((id) => {
      const place = queries.place(id);
      if (!place) return [];
      const chains = queries.placeHierarchy(id).map((chain) => chain.map((p) => p.name));
      return [{ id, name: place.name, chains, aliases: [...place.aliases] }];
    });
    const people = event.people.flatMap(({ person, part }) => {
      const found = queries.person(person);
      if (!found) return [];
      return [
        {
          id: person,
          label: found.label,
          ...(part !== undefined && { part }),
          // A role that only repeats the person's part in this event says nothing new.
          roles: found.roles
            .map((role) => role.title)
            .filter((title) => title.toLowerCase() !== part?.toLowerCase()),
        },
      ];
    });
    const organisations = event.organisations.flatMap((id) => {
      const found = queries.organisation(id);
      return found ? [{ id, name: found.name }] : [];
    });
    const figures = event.figures.flatMap((id) => {
      const found = queries.figure(id);
      if (!found) return [];
      return [
        {
          id,
          label: found.label,
          asWritten: found.asWritten,
          qualifier: QUALIFIERS[found.qualifier] ?? '',
          unit: found.unit,
        },
      ];
    });
    // Links are stored once but read from both ends, so A→B and B→A can say the same thing twice.
    const related = [
      ...new Map(
        queries.relatedEvents(event.id).map((link) => {
          const relation = describeRelation(link.relation, link.direction);
          return [
            `${link.event.id} ${relation}`,
            { id: link.event.id, title: link.event.title, relation },
          ];
        }),
      ).values(),
    ];
    const searchText = [
      event.title,
      event.summary,
      ...places.flatMap((place) => [place.name, ...place.aliases]),
      ...people.map((person) => person.label),
      ...organisations.map((organisation) => organisation.name),
    ]
      .join(' \n ')
      .toLowerCase();
    return {
      id: event.id,
      title: event.title,
      summary: event.summary,
      category: event.category,
      dateLabel: formatFactDate(event.date),
      basisLabel: formatDateBasis(event.date.basis),
      edtf: toEdtf(event.date),
      precision,
      start: bounds.from ?? dataset.coverage.start,
      end: bounds.to ?? dataset.coverage.end,
      openStart: bounds.from === undefined,
      openEnd: bounds.to === undefined,
      places,
      people,
      organisations,
      figures,
      related,
      notes: event.notes.map((note) => ({
        text: note.text,
        citations: note.citations.map(citation),
      })),
      citations: event.citations.map(citation),
      searchText,
      citation: event.citations.map((c) => formatCitation(citation(c))).join('; '),
    };
  };

  const events = [...dataset.events].sort(compareByDate).map(toView);
  const categories = CATEGORY_ORDER.map((id) => ({
    id,
    label: CATEGORY_LABELS[id],
    count: events.filter((event) => event.category === id).length,
  })).filter((category) => category.count > 0);
  return { events, categories, coverage: { ...dataset.coverage }, credit: creditOf(dataset) };
}

/** A citation as the list prints it, in the words the details panel uses. */
export function formatCitation(citation: CitationView): string {
  return `Source ${citation.source}, paragraph ${citation.paragraph}, characters ${citation.start}–${citation.end}`;
}

/** The sources and their credits, and the dataset's version, in one line. */
function creditOf(dataset: DeepReadonly<Dataset>): string {
  const names = new Map(dataset.people.map((person) => [person.id, person.name ?? person.label]));
  const sources = dataset.sources.map((source) => {
    const roles = new Map<string, string[]>();
    for (const credit of source.credits) {
      const list = roles.get(credit.role) ?? [];
      list.push(...credit.people.map((id) => names.get(id) ?? id));
      roles.set(credit.role, list);
    }
    const credits = [...roles].map(([role, people]) => `${role}: ${people.join(', ')}`);
    return [`Source: ${source.title} (${source.id})`, ...credits].join('; ');
  });
  return `${sources.join(' · ')} · corpus-timeline dataset ${dataset.version}`;
}

/** The part of an event the home page carries for every event (see EventSummary). */
export function toSummary(event: EventView): EventSummary {
  const { id, title, category, dateLabel, precision, start, end, openStart, openEnd } = event;
  const { searchText, citation } = event;
  return {
    id,
    title,
    category,
    dateLabel,
    precision,
    start,
    end,
    openStart,
    openEnd,
    searchText,
    citation,
  };
}

function describeRelation(relation: string, direction: 'to' | 'from'): string {
  const labels: Record<string, [string, string]> = {
    'part-of': ['part of', 'includes'],
    follows: ['follows', 'followed by'],
    context: ['context', 'context for'],
    'same-theme': ['same theme', 'same theme'],
  };
  const [to, from] = labels[relation] ?? [relation, relation];
  return direction === 'to' ? to : from;
}
