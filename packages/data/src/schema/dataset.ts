import { z } from 'zod';
import type { Citation } from './citation.js';
import { Event } from './event.js';
import { dayBounds, type FactDate } from './fact-date.js';
import { Figure } from './figure.js';
import { Organisation } from './organisation.js';
import { PartialDate } from './partial-date.js';
import { Person } from './person.js';
import { Place } from './place.js';
import { Source } from './source.js';

const Day = PartialDate.refine((date) => date.length === 10, 'expected a full day, YYYY-MM-DD');

const DatasetShape = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'expected a semantic version'),
  coverage: z.strictObject({ start: Day, end: Day }),
  sources: z.array(Source).min(1),
  events: z.array(Event),
  places: z.array(Place),
  people: z.array(Person),
  organisations: z.array(Organisation),
  figures: z.array(Figure),
});

type DatasetShape = z.infer<typeof DatasetShape>;
type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

const collections = ['sources', 'events', 'places', 'people', 'organisations', 'figures'] as const;

/**
 * The whole dataset. Beyond each record's own shape it checks what only the whole can: ids are
 * unique, every reference resolves to a record of the right kind, every citation stays inside its
 * source's declared text, and every date lies inside the declared coverage.
 */
export const Dataset = DatasetShape.superRefine((dataset, context) => {
  const report: Report = (path, message) => {
    context.addIssue({ code: 'custom', path, message });
  };
  checkUniqueIds(dataset, report);
  checkReferences(dataset, report);
  checkCitations(dataset, report);
  checkCoverage(dataset, report);
});

export type Dataset = z.infer<typeof Dataset>;
/** What `Dataset` accepts before defaults and transforms: the shape of `dataset.json`. */
export type DatasetInput = z.input<typeof Dataset>;

function checkUniqueIds(dataset: DatasetShape, report: Report): void {
  const seen = new Map<string, string>();
  for (const collection of collections) {
    dataset[collection].forEach((record, index) => {
      const where = `${collection}[${index}]`;
      const first = seen.get(record.id);
      if (first)
        report([collection, index, 'id'], `duplicate id "${record.id}", first used at ${first}`);
      else seen.set(record.id, where);
    });
  }
}

function checkReferences(dataset: DatasetShape, report: Report): void {
  const ids = Object.fromEntries(
    collections.map((collection) => [collection, new Set(dataset[collection].map((r) => r.id))]),
  ) as Record<(typeof collections)[number], Set<string>>;
  const expect = (path: Path, id: string | undefined, collection: keyof typeof ids) => {
    if (id !== undefined && !ids[collection].has(id)) {
      report(path, `refers to "${id}", which is not in ${collection}`);
    }
  };

  dataset.sources.forEach((source, s) => {
    source.credits.forEach((credit, c) => {
      credit.people.forEach((person, p) => {
        expect(['sources', s, 'credits', c, 'people', p], person, 'people');
      });
    });
  });
  dataset.places.forEach((place, p) => {
    place.parents.forEach((parent, i) => {
      expect(['places', p, 'parents', i], parent, 'places');
      if (parent === place.id) report(['places', p, 'parents', i], 'a place cannot contain itself');
    });
  });
  dataset.people.forEach((person, p) => {
    person.roles.forEach((role, r) => {
      expect(['people', p, 'roles', r, 'place'], role.place, 'places');
      expect(['people', p, 'roles', r, 'organisation'], role.organisation, 'organisations');
    });
  });
  dataset.organisations.forEach((organisation, o) => {
    expect(['organisations', o, 'parent'], organisation.parent, 'organisations');
    expect(['organisations', o, 'place'], organisation.place, 'places');
  });
  dataset.events.forEach((event, e) => {
    event.places.forEach((id, i) => {
      expect(['events', e, 'places', i], id, 'places');
    });
    event.people.forEach((participant, i) => {
      expect(['events', e, 'people', i, 'person'], participant.person, 'people');
    });
    event.organisations.forEach((id, i) => {
      expect(['events', e, 'organisations', i], id, 'organisations');
    });
    event.figures.forEach((id, i) => {
      expect(['events', e, 'figures', i], id, 'figures');
    });
    event.related.forEach((link, i) => {
      expect(['events', e, 'related', i, 'event'], link.event, 'events');
      if (link.event === event.id)
        report(['events', e, 'related', i, 'event'], 'an event cannot relate to itself');
    });
  });
}

function checkCitations(dataset: DatasetShape, report: Report): void {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  for (const { citation, path } of citationsOf(dataset)) {
    const source = sources.get(citation.source);
    if (!source) {
      report([...path, 'source'], `refers to "${citation.source}", which is not in sources`);
      continue;
    }
    if (citation.paragraph > source.text.paragraphs) {
      report(
        [...path, 'paragraph'],
        `paragraph ${citation.paragraph} is beyond the ${source.text.paragraphs} paragraphs of "${source.id}"`,
      );
    }
    if (citation.end > source.text.length) {
      report(
        [...path, 'end'],
        `offset ${citation.end} is beyond the text of "${source.id}" (${source.text.length} characters)`,
      );
    }
  }
}

function checkCoverage(dataset: DatasetShape, report: Report): void {
  const { start, end } = dataset.coverage;
  if (end < start) report(['coverage', 'end'], `${end} is before its start ${start}`);
  for (const { date, path } of datesOf(dataset)) {
    const { from, to } = dayBounds(date);
    for (const day of [from, to]) {
      if (day !== undefined && (day < start || day > end)) {
        report(path, `${day} lies outside the coverage ${start} … ${end}`);
        break;
      }
    }
  }
}

/** Every citation in the dataset with the path that leads to it. */
export function* citationsOf(
  dataset: Pick<DatasetShape, (typeof collections)[number]>,
): Generator<{ citation: Citation; path: Path }> {
  function* list(citations: Citation[], path: Path) {
    for (const [index, citation] of citations.entries()) yield { citation, path: [...path, index] };
  }
  for (const [s, source] of dataset.sources.entries()) {
    for (const [c, credit] of source.credits.entries()) {
      yield* list(credit.citations, ['sources', s, 'credits', c, 'citations']);
    }
    for (const [n, note] of source.notes.entries()) {
      yield* list(note.citations, ['sources', s, 'notes', n, 'citations']);
    }
  }
  for (const collection of ['events', 'places', 'organisations'] as const) {
    for (const [r, record] of dataset[collection].entries()) {
      yield* list(record.citations, [collection, r, 'citations']);
      for (const [n, note] of record.notes.entries()) {
        yield* list(note.citations, [collection, r, 'notes', n, 'citations']);
      }
    }
  }
  for (const [p, person] of dataset.people.entries()) {
    yield* list(person.citations, ['people', p, 'citations']);
    for (const [r, role] of person.roles.entries()) {
      yield* list(role.citations, ['people', p, 'roles', r, 'citations']);
    }
  }
  for (const [f, figure] of dataset.figures.entries()) {
    yield* list(figure.citations, ['figures', f, 'citations']);
  }
}

function* datesOf(dataset: DatasetShape): Generator<{ date: FactDate; path: Path }> {
  for (const [s, source] of dataset.sources.entries())
    yield { date: source.date, path: ['sources', s, 'date'] };
  for (const [e, event] of dataset.events.entries())
    yield { date: event.date, path: ['events', e, 'date'] };
  for (const [f, figure] of dataset.figures.entries())
    yield { date: figure.asOf, path: ['figures', f, 'asOf'] };
  for (const [p, person] of dataset.people.entries()) {
    for (const [r, role] of person.roles.entries()) {
      if (role.date) yield { date: role.date, path: ['people', p, 'roles', r, 'date'] };
    }
  }
}
