import type { DeepReadonly } from './dataset.js';
import type { Dataset } from './schema/dataset.js';
import type { Category, Event } from './schema/event.js';
import { dayBounds } from './schema/fact-date.js';
import { earliestDay, latestDay, type PartialDate } from './schema/partial-date.js';

type Data = DeepReadonly<Dataset>;
type Of<Key extends keyof Data> = Data[Key] extends readonly (infer Item)[] ? Item : never;
export type ReadonlyEvent = DeepReadonly<Event>;

/**
 * Orders events by when they happened: dated events by their first possible day, then their last;
 * undated ones after them (those with an earliest bound first). Ties fall back to the id, so the
 * order is the same on every machine.
 */
export function compareByDate(a: ReadonlyEvent, b: ReadonlyEvent): number {
  const rank = (event: ReadonlyEvent) => (event.date.kind === 'undated' ? 1 : 0);
  const from = (event: ReadonlyEvent) => dayBounds(event.date).from ?? '9999';
  const to = (event: ReadonlyEvent) => dayBounds(event.date).to ?? '9999';
  return (
    rank(a) - rank(b) ||
    from(a).localeCompare(from(b)) ||
    to(a).localeCompare(to(b)) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Lookups over one dataset, indexed once. Works on the bundled `dataset` or on any dataset that
 * `parseDataset` accepted.
 */
export function createQueries(data: Data) {
  const byId = <T extends { readonly id: string }>(records: readonly T[]) =>
    new Map(records.map((record) => [record.id, record]));
  const events = byId(data.events);
  const places = byId(data.places);
  const people = byId(data.people);
  const organisations = byId(data.organisations);
  const figures = byId(data.figures);
  const sources = byId(data.sources);
  const inDateOrder = [...data.events].sort(compareByDate);
  const position = new Map(inDateOrder.map((event, index) => [event.id, index]));
  // Links are stored on the event they start from; index them by target once, not per lookup.
  const linksTo = new Map<
    string,
    { event: ReadonlyEvent; relation: string; direction: 'from'; at: number }[]
  >();
  inDateOrder.forEach((event, at) => {
    for (const link of event.related) {
      const list = linksTo.get(link.event) ?? [];
      list.push({ event, relation: link.relation, direction: 'from', at });
      linksTo.set(link.event, list);
    }
  });

  const childrenOf = new Map<string, string[]>();
  for (const place of data.places) {
    for (const parent of place.parents)
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), place.id]);
  }

  /** A place and every place the source puts inside it, at any depth. */
  function placeAndDescendants(id: string): Set<string> {
    const found = new Set<string>();
    const visit = (current: string) => {
      if (found.has(current)) return;
      found.add(current);
      for (const child of childrenOf.get(current) ?? []) visit(child);
    };
    visit(id);
    return found;
  }

  return {
    event: (id: string) => events.get(id),
    place: (id: string) => places.get(id),
    person: (id: string) => people.get(id),
    organisation: (id: string) => organisations.get(id),
    figure: (id: string) => figures.get(id),
    source: (id: string) => sources.get(id),

    /** Every event in date order (see `compareByDate`). */
    eventsInDateOrder: (): readonly ReadonlyEvent[] => inDateOrder,

    eventsInCategory: (category: Category): ReadonlyEvent[] =>
      inDateOrder.filter((event) => event.category === category),

    /**
     * Dated events that could have happened between `from` and `to` (partial dates, both included):
     * an event overlaps when its possible days and the range share at least one day. Undated
     * events count only when their bounds fall inside the range.
     */
    eventsBetween: (from: PartialDate, to: PartialDate): ReadonlyEvent[] => {
      const start = earliestDay(from);
      const end = latestDay(to);
      return inDateOrder.filter((event) => {
        const bounds = dayBounds(event.date);
        if (event.date.kind === 'undated') {
          return (
            bounds.from !== undefined &&
            bounds.to !== undefined &&
            bounds.from >= start &&
            bounds.to <= end
          );
        }
        return (bounds.from ?? '') <= end && (bounds.to ?? '') >= start;
      });
    },

    /** Events at a place or, with `withinDescendants`, anywhere inside it (a county's villages). */
    eventsAtPlace: (placeId: string, { withinDescendants = true } = {}): ReadonlyEvent[] => {
      const wanted = withinDescendants ? placeAndDescendants(placeId) : new Set([placeId]);
      return inDateOrder.filter((event) => event.places.some((id) => wanted.has(id)));
    },

    eventsWithPerson: (personId: string): ReadonlyEvent[] =>
      inDateOrder.filter((event) =>
        event.people.some((participant) => participant.person === personId),
      ),

    /** Events linked to this one in either direction, with how they relate. */
    relatedEvents: (id: string) => {
      const own = position.get(id);
      const event = events.get(id);
      if (own === undefined || !event) return [];
      const incoming = linksTo.get(id) ?? [];
      const outgoing = event.related.flatMap((link) => {
        const target = events.get(link.event);
        return target ? [{ event: target, relation: link.relation, direction: 'to' as const }] : [];
      });
      // In date order of the linking event, the event's own links standing at its place.
      return [
        ...incoming.filter((link) => link.at < own).map(({ at: _, ...link }) => link),
        ...outgoing,
        ...incoming.filter((link) => link.at > own).map(({ at: _, ...link }) => link),
      ];
    },

    /**
     * The chains of places from the top down to this one: usually one chain, two or more where the
     * source puts a place in different parents.
     */
    placeHierarchy: (placeId: string): Of<'places'>[][] => {
      const chains = (id: string, seen: Set<string>): Of<'places'>[][] => {
        const place = places.get(id);
        if (!place || seen.has(id)) return [];
        const next = new Set(seen).add(id);
        if (place.parents.length === 0) return [[place]];
        return place.parents.flatMap((parent) => {
          const above = chains(parent, next);
          return above.length ? above.map((chain) => [...chain, place]) : [[place]];
        });
      };
      return chains(placeId, new Set());
    },
  };
}

export type Queries = ReturnType<typeof createQueries>;
