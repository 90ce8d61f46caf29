import type { DeepReadonly } from '../dataset.js';
import type { Dataset } from '../schema/dataset.js';
import type { Event } from '../schema/event.js';
import { compareByDate } from '../query.js';
import { recordUrl } from './record-url.js';

export interface JsonLdOptions {
  /** The site's address; event ids become `${baseUrl}/events/<id>`. */
  baseUrl: string;
}

type Node = Record<string, unknown>;

/**
 * One event as a schema.org `Event`. Dates keep their precision (`2020`, `2015-11`), as ISO 8601
 * allows; an undated event gets no startDate rather than an invented one.
 */
export function eventToJsonLd(
  dataset: DeepReadonly<Dataset>,
  event: DeepReadonly<Event>,
  options: JsonLdOptions,
): Node {
  return jsonLdWriter(dataset, options)(event);
}

/** Builds the lookups once per dataset; the returned function describes one event. */
function jsonLdWriter(dataset: DeepReadonly<Dataset>, { baseUrl }: JsonLdOptions) {
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const people = new Map(dataset.people.map((person) => [person.id, person]));
  const organisations = new Map(dataset.organisations.map((o) => [o.id, o]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  // Which release of the data says this, so a page that embeds one event can be traced back.
  const release = { '@type': 'Dataset', name: dataset.name, version: dataset.version };

  const placeNode = (id: string, seen = new Set<string>()): Node | undefined => {
    const place = places.get(id);
    if (!place || seen.has(id)) return undefined;
    const parent = place.parents[0];
    const container = parent ? placeNode(parent, new Set(seen).add(id)) : undefined;
    return {
      '@type': 'Place',
      name: place.name,
      ...(place.aliases.length > 0 && { alternateName: [...place.aliases] }),
      ...(container && { containedInPlace: container }),
    };
  };
  return (event: DeepReadonly<Event>): Node => {
    const date =
      event.date.kind === 'on'
        ? { startDate: event.date.date, endDate: event.date.date }
        : event.date.kind === 'span'
          ? { startDate: event.date.start, endDate: event.date.end }
          : {};

    return {
      '@type': 'Event',
      '@id': recordUrl({ kind: 'event', id: event.id }, baseUrl),
      url: recordUrl({ kind: 'event', id: event.id }, baseUrl),
      name: event.title,
      description: event.summary,
      ...date,
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: event.places.flatMap((id) => placeNode(id) ?? []),
      attendee: event.people.flatMap(({ person }) => {
        const found = people.get(person);
        return found ? [{ '@type': 'Person', name: found.name ?? found.label }] : [];
      }),
      organizer: event.organisations.flatMap((id) => {
        const found = organisations.get(id);
        return found ? [{ '@type': 'Organization', name: found.name }] : [];
      }),
      keywords: event.category,
      isBasedOn: [...new Set(event.citations.map((citation) => citation.source))].map((id) => ({
        '@type': 'CreativeWork',
        name: sources.get(id)?.title ?? id,
        identifier: id,
      })),
      subjectOf: release,
    };
  };
}

/** Every event as schema.org JSON-LD, one graph. */
export function toJsonLd(dataset: DeepReadonly<Dataset>, options: JsonLdOptions): string {
  const describe = jsonLdWriter(dataset, options);
  const graph = [...dataset.events].sort(compareByDate).map(describe);
  return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2)}\n`;
}
