import type { Category } from '@corpus/data/schema';
import type { EventSummary } from '$lib/types';

export interface Filter {
  categories: readonly Category[] | null;
  query: string;
}

/** The words of a search, lower-cased; an event matches when its text holds every one. */
export function searchWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesQuery(event: EventSummary, words: readonly string[]): boolean {
  return words.every((word) => event.searchText.includes(word));
}

/** The events a filter lets through, in the order given (date order). */
export function filterEvents<E extends EventSummary>(events: readonly E[], filter: Filter): E[] {
  const words = searchWords(filter.query);
  return events.filter(
    (event) =>
      (filter.categories === null || filter.categories.includes(event.category)) &&
      matchesQuery(event, words),
  );
}

/** How many events of each category match the search, whatever categories are toggled. */
export function countByCategory(
  events: readonly EventSummary[],
  query: string,
): Map<Category, number> {
  const words = searchWords(query);
  const counts = new Map<Category, number>();
  for (const event of events) {
    if (matchesQuery(event, words))
      counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
  }
  return counts;
}
