import { z } from 'zod';
import { Event } from './event.js';
import { dayBounds, type FactDate } from './fact-date.js';
import { Figure } from './figure.js';
import { Organisation } from './organisation.js';
import { PartialDate } from './partial-date.js';
import { Person } from './person.js';
import { Place } from './place.js';
import { Source } from './source.js';
import { eachCitationList } from './walk.js';

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
type Collection = (typeof collections)[number];

/**
 * The whole dataset. Beyond each record's own shape it checks what only the whole can: ids are
 * unique, every reference resolves to a record of the right kind, every citation stays inside its
 * source's declared text, and every date lies inside the declared coverage.
 */
export const Dataset = DatasetShape.superRefine((dataset, context) => {
  const report: Report = (path, message) => {
    context.addIssue({ code: 'custom', path, message });
  };
  const ids = checkUniqueIds(dataset, report);
  checkReferences(dataset, ids, report);
  checkCitations(dataset, report);
  checkCoverage(dataset, report);
});

export type Dataset = z.infer<typeof Dataset>;
/** What `Dataset` accepts before defaults and transforms: the shape of `dataset.json`. */
export type DatasetInput = z.input<typeof Dataset>;

/** Each collection's ids. */
type Ids = Record<Collection, Set<string>>;

/**
 * Reports every id a record repeats, naming the record that used it first, and returns each
 * collection's ids for the reference checks. Repeats are rare, so the ids are indexed on their own
 * first; only when a collection has fewer ids than records, or two collections share one, does the
 * pass run that finds where each repeat was first used.
 */
function checkUniqueIds(dataset: DatasetShape, report: Report): Ids {
  const ids = Object.fromEntries(
    collections.map((collection) => [collection, new Set(dataset[collection].map((r) => r.id))]),
  ) as Ids;
  const repeats =
    collections.some((collection) => ids[collection].size < dataset[collection].length) ||
    shareAnId(Object.values(ids));
  if (!repeats) return ids;

  const seen = new Map<string, string>();
  for (const collection of collections) {
    dataset[collection].forEach((record, index) => {
      const first = seen.get(record.id);
      if (first)
        report([collection, index, 'id'], `duplicate id "${record.id}", first used at ${first}`);
      else seen.set(record.id, `${collection}[${index}]`);
    });
  }
  return ids;
}

/** Whether any two collections share an id, looking the smaller one's ids up in the larger. */
function shareAnId(sets: readonly Set<string>[]): boolean {
  return sets.some((a, i) =>
    sets.slice(i + 1).some((b) => {
      const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a];
      for (const id of smaller) if (larger.has(id)) return true;
      return false;
    }),
  );
}

function checkReferences(dataset: DatasetShape, ids: Ids, report: Report): void {
  // Most references resolve, so the path is built only for one that does not.
  const expect = (id: string | undefined, collection: Collection, pathOf: () => Path) => {
    if (id !== undefined && !ids[collection].has(id)) {
      report(pathOf(), `refers to "${id}", which is not in ${collection}`);
    }
  };

  dataset.sources.forEach((source, s) => {
    source.credits.forEach((credit, c) => {
      credit.people.forEach((person, p) => {
        expect(person, 'people', () => ['sources', s, 'credits', c, 'people', p]);
      });
    });
  });
  dataset.places.forEach((place, p) => {
    place.parents.forEach((parent, i) => {
      expect(parent, 'places', () => ['places', p, 'parents', i]);
      if (parent === place.id) report(['places', p, 'parents', i], 'a place cannot contain itself');
    });
  });
  dataset.people.forEach((person, p) => {
    person.roles.forEach((role, r) => {
      expect(role.place, 'places', () => ['people', p, 'roles', r, 'place']);
      expect(role.organisation, 'organisations', () => ['people', p, 'roles', r, 'organisation']);
    });
  });
  dataset.organisations.forEach((organisation, o) => {
    expect(organisation.parent, 'organisations', () => ['organisations', o, 'parent']);
    expect(organisation.place, 'places', () => ['organisations', o, 'place']);
  });
  dataset.events.forEach((event, e) => {
    event.places.forEach((id, i) => {
      expect(id, 'places', () => ['events', e, 'places', i]);
    });
    event.people.forEach((participant, i) => {
      expect(participant.person, 'people', () => ['events', e, 'people', i, 'person']);
    });
    event.organisations.forEach((id, i) => {
      expect(id, 'organisations', () => ['events', e, 'organisations', i]);
    });
    event.figures.forEach((id, i) => {
      expect(id, 'figures', () => ['events', e, 'figures', i]);
    });
    event.related.forEach((link, i) => {
      expect(link.event, 'events', () => ['events', e, 'related', i, 'event']);
      if (link.event === event.id)
        report(['events', e, 'related', i, 'event'], 'an event cannot relate to itself');
    });
  });
}

function checkCitations(dataset: DatasetShape, report: Report): void {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  eachCitationList(dataset, (citations, pathOf) => {
    citations.forEach((citation, index) => {
      const at = (key: string): Path => [...pathOf(), index, key];
      const source = sources.get(citation.source);
      if (!source) {
        report(at('source'), `refers to "${citation.source}", which is not in sources`);
        return;
      }
      if (citation.paragraph > source.text.paragraphs) {
        report(
          at('paragraph'),
          `paragraph ${citation.paragraph} is beyond the ${source.text.paragraphs} paragraphs of "${source.id}"`,
        );
      }
      if (citation.end > source.text.length) {
        report(
          at('end'),
          `offset ${citation.end} is beyond the text of "${source.id}" (${source.text.length} characters)`,
        );
      }
    });
  });
}

function checkCoverage(dataset: DatasetShape, report: Report): void {
  const { start, end } = dataset.coverage;
  if (end < start) report(['coverage', 'end'], `${end} is before its start ${start}`);
  const outside = (day: string | undefined) => day !== undefined && (day < start || day > end);
  eachDate(dataset, (date, pathOf) => {
    const { from, to } = dayBounds(date);
    const day = outside(from) ? from : outside(to) ? to : undefined;
    if (day !== undefined) report(pathOf(), `${day} lies outside the coverage ${start} … ${end}`);
  });
}

/** Calls `visit` with each date in the dataset and a function that builds its path, as above. */
function eachDate(
  dataset: DatasetShape,
  visit: (date: FactDate, pathOf: () => Path) => void,
): void {
  dataset.sources.forEach((source, s) => {
    visit(source.date, () => ['sources', s, 'date']);
  });
  dataset.events.forEach((event, e) => {
    visit(event.date, () => ['events', e, 'date']);
  });
  dataset.figures.forEach((figure, f) => {
    visit(figure.asOf, () => ['figures', f, 'asOf']);
  });
  dataset.people.forEach((person, p) => {
    person.roles.forEach((role, r) => {
      if (role.date) visit(role.date, () => ['people', p, 'roles', r, 'date']);
    });
  });
}
