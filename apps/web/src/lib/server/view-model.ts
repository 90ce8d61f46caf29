import {
  compareByDate,
  createQueries,
  dayBounds,
  earliestDay,
  formatDateBasis,
  formatFactDate,
  formatTarget,
  latestDay,
  precisionOf,
  toEdtf,
  type Citation,
  type Dataset,
  type DeepReadonly,
  type Event,
  type EventKind,
} from '@corpus/data';
import { paragraphsOf, segmentParagraph, type Paragraph } from '@corpus/data/text';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '$lib/categories';
import type { CitationView, EventSummary, EventView, PassageView, TimelineData } from '$lib/types';

/** Happenings are most events and go unlabelled; the other kinds say what they are. */
const KIND_LABELS: Record<EventKind, string | undefined> = {
  happening: undefined,
  statement: 'Statement',
  assessment: 'Assessment',
};

const QUALIFIERS: Record<string, string> = {
  exactly: '',
  'more-than': 'more than ',
  nearly: 'nearly ',
  range: '',
};

/**
 * Formats citations for the pages: where they point and, where the build has the source's text,
 * their passage — the cited paragraph with the span and its terms marked by the package's one
 * segmentation. Without the text there is no passage, and no word of the text in the page.
 */
export function createCitationViews(
  dataset: DeepReadonly<Dataset>,
  texts: ReadonlyMap<string, string>,
) {
  const queries = createQueries(dataset);
  const paragraphs = new Map<string, Paragraph[]>();
  const passage = (c: DeepReadonly<Citation>): PassageView | undefined => {
    const text = texts.get(c.source);
    if (text === undefined) return undefined;
    const split = paragraphs.get(c.source) ?? paragraphsOf(text);
    paragraphs.set(c.source, split);
    const paragraph = split[c.paragraph - 1];
    if (!paragraph) return undefined;
    return {
      text: text.slice(paragraph.start, paragraph.end),
      offset: paragraph.start,
      pieces: segmentParagraph(text, paragraph, [c]),
    };
  };
  return (c: DeepReadonly<Citation>): CitationView => {
    const found = passage(c);
    return {
      source: c.source,
      sourceTitle: queries.source(c.source)?.title ?? c.source,
      paragraph: c.paragraph,
      start: c.start,
      end: c.end,
      terms: [...c.terms],
      ...(found && { passage: found }),
    };
  };
}

/** What the view model needs from the site besides the dataset. */
export interface ViewOptions {
  /** Writes the reference to paste for an event (the site knows its own address; the view model does not). */
  reference: (event: DeepReadonly<Event>) => string;
  /** The source texts the build includes, by source id: citations get their passages from them. */
  texts?: ReadonlyMap<string, string>;
}

/** Resolves and formats a dataset for the pages, once, at build time. */
export function buildTimelineData(
  dataset: DeepReadonly<Dataset>,
  { reference, texts = new Map() }: ViewOptions,
): TimelineData {
  const queries = createQueries(dataset);
  const citation = createCitationViews(dataset, texts);

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
    const kindLabel = KIND_LABELS[event.kind];
    let formatted: string | undefined;
    return {
      id: event.id,
      title: event.title,
      summary: event.summary,
      category: event.category,
      ...(kindLabel && { kindLabel }),
      dateLabel: formatFactDate(event.date),
      ...(event.target && {
        targetLabel: formatTarget(event.target),
        targetDays: { start: earliestDay(event.target), end: latestDay(event.target) },
      }),
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
      // Formatted by citation-js, the build's slowest step (about 10 ms an event): when a page
      // first reads it, not for every event in every worker that loads the data.
      get reference() {
        formatted ??= reference(event);
        return formatted;
      },
      searchText,
      citation: event.citations.map((c) => describeCitation(citation(c))).join('; '),
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
export function describeCitation(citation: CitationView): string {
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
  const { id, title, category, kindLabel, dateLabel, targetLabel, targetDays, precision } = event;
  const { start, end } = event;
  const { openStart, openEnd, searchText, citation } = event;
  return {
    id,
    title,
    category,
    ...(kindLabel && { kindLabel }),
    dateLabel,
    ...(targetLabel && { targetLabel }),
    ...(targetDays && { targetDays }),
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
