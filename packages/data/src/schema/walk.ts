/**
 * Walks every list of citations in a dataset. Kept apart from the schemas (it imports types only)
 * so that code running in browsers — the citation checks, the source reader — never loads zod.
 */
import type { DeepReadonly } from '../dataset.js';
import type { Citation } from './citation.js';
import type { Dataset } from './dataset.js';

type Path = (string | number)[];
type CitingDataset = DeepReadonly<
  Pick<Dataset, 'sources' | 'events' | 'places' | 'people' | 'organisations' | 'figures'>
>;

/**
 * The record a list of citations supports: a record of one of the collections, or a part of one
 * (a note, a person's role, a source's credit line), by its position in that record.
 */
export interface CitedRecord {
  kind: 'source' | 'event' | 'place' | 'person' | 'organisation' | 'figure';
  id: string;
  part?: { kind: 'note' | 'role' | 'credit'; index: number };
}

/**
 * Calls `visit` with each list of citations in the dataset, the record it supports and a function
 * that builds the list's path: most lists have nothing to report, so their paths are never built.
 */
export function eachCitationList(
  dataset: CitingDataset,
  visit: (
    citations: readonly DeepReadonly<Citation>[],
    pathOf: () => Path,
    record: CitedRecord,
  ) => void,
): void {
  dataset.sources.forEach(({ id, credits, notes }, s) => {
    credits.forEach((credit, c) => {
      visit(credit.citations, () => ['sources', s, 'credits', c, 'citations'], {
        kind: 'source',
        id,
        part: { kind: 'credit', index: c },
      });
    });
    notes.forEach((note, n) => {
      visit(note.citations, () => ['sources', s, 'notes', n, 'citations'], {
        kind: 'source',
        id,
        part: { kind: 'note', index: n },
      });
    });
  });
  const kinds = { events: 'event', places: 'place', organisations: 'organisation' } as const;
  for (const collection of ['events', 'places', 'organisations'] as const) {
    const kind = kinds[collection];
    dataset[collection].forEach(({ id, citations, notes }, r) => {
      visit(citations, () => [collection, r, 'citations'], { kind, id });
      notes.forEach((note, n) => {
        visit(note.citations, () => [collection, r, 'notes', n, 'citations'], {
          kind,
          id,
          part: { kind: 'note', index: n },
        });
      });
    });
  }
  dataset.people.forEach(({ id, citations, roles }, p) => {
    visit(citations, () => ['people', p, 'citations'], { kind: 'person', id });
    roles.forEach((role, r) => {
      visit(role.citations, () => ['people', p, 'roles', r, 'citations'], {
        kind: 'person',
        id,
        part: { kind: 'role', index: r },
      });
    });
  });
  dataset.figures.forEach(({ id, citations }, f) => {
    visit(citations, () => ['figures', f, 'citations'], { kind: 'figure', id });
  });
}

/** Every citation in the dataset with the path that leads to it and the record it supports. */
export function* citationsOf(
  dataset: CitingDataset,
): Generator<{ citation: DeepReadonly<Citation>; path: Path; record: CitedRecord }> {
  const lists: { citations: readonly DeepReadonly<Citation>[]; path: Path; record: CitedRecord }[] =
    [];
  eachCitationList(dataset, (citations, pathOf, record) =>
    lists.push({ citations, path: pathOf(), record }),
  );
  for (const { citations, path, record } of lists) {
    for (const [index, citation] of citations.entries())
      yield { citation, path: [...path, index], record };
  }
}
