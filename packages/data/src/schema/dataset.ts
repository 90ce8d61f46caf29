import { z } from 'zod';
import { Event } from './event.js';
import { dayBounds, type FactDate } from './fact-date.js';
import { Figure } from './figure.js';
import { Organisation } from './organisation.js';
import { PartialDate } from './partial-date.js';
import { Person } from './person.js';
import { Place } from './place.js';
import { Source } from './source.js';

const Day = PartialDate.refine((date) => date.length === 10, 'is not a full day (YYYY-MM-DD)');

const DatasetShape = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'is not a semantic version'),
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

/** A way from a record to some of its values: keys, and `*` for every item of a list. */
type Pattern = readonly string[];

/** Where each kind of record refers to others; `self` names a reference to the record itself. */
const REFERENCES: Record<Collection, readonly { at: Pattern; to: Collection; self?: string }[]> = {
  sources: [{ at: ['credits', '*', 'people', '*'], to: 'people' }],
  events: [
    { at: ['places', '*'], to: 'places' },
    { at: ['people', '*', 'person'], to: 'people' },
    { at: ['organisations', '*'], to: 'organisations' },
    { at: ['figures', '*'], to: 'figures' },
    { at: ['related', '*', 'event'], to: 'events', self: 'an event cannot relate to itself' },
  ],
  places: [{ at: ['parents', '*'], to: 'places', self: 'a place cannot contain itself' }],
  people: [
    { at: ['roles', '*', 'place'], to: 'places' },
    { at: ['roles', '*', 'organisation'], to: 'organisations' },
  ],
  organisations: [
    { at: ['parent'], to: 'organisations' },
    { at: ['place'], to: 'places' },
  ],
  figures: [],
};

/** Where each kind of record keeps lists of citations. */
const CITATIONS: Record<Collection, readonly Pattern[]> = {
  sources: [
    ['credits', '*', 'citations'],
    ['notes', '*', 'citations'],
  ],
  events: [['citations'], ['notes', '*', 'citations']],
  places: [['citations'], ['notes', '*', 'citations']],
  people: [['citations'], ['roles', '*', 'citations']],
  organisations: [['citations'], ['notes', '*', 'citations']],
  figures: [['citations']],
};

/** Where each kind of record keeps dates. */
const DATES: Record<Collection, readonly Pattern[]> = {
  sources: [['date']],
  events: [['date']],
  places: [],
  people: [['roles', '*', 'date']],
  organisations: [],
  figures: [['asOf']],
};

/**
 * The whole dataset. Beyond each record's own shape it checks what only the whole can: ids are
 * unique, every reference resolves to a record of the right kind, every citation stays inside its
 * source's declared text, and every date lies inside the declared coverage.
 *
 * These checks run even when some records have the wrong shape (`when`), so one pass finds every
 * problem. They then see the input as it is, so they read it as `unknown`, take only the values of
 * the type they expect, and leave out what they would find where the shape already failed.
 */
export const Dataset = DatasetShape.superRefine(
  (dataset, context) => {
    const shapeProblems = context.issues.length;
    const sound = soundness(context.issues.flatMap(pathsOf));
    const report: Report = (path, message) => {
      if (shapeProblems === 0 || sound(path)) context.addIssue({ code: 'custom', path, message });
    };
    const input: unknown = dataset;
    const ids = checkUniqueIds(input, report);
    checkReferences(input, ids, report);
    checkCitations(input, report);
    checkCoverage(input, sound, report);
  },
  { when: () => true },
);

export type Dataset = z.infer<typeof Dataset>;
/** What `Dataset` accepts before defaults and transforms: the shape of `dataset.json`. */
export type DatasetInput = z.input<typeof Dataset>;

/** Each collection's ids. */
type Ids = Record<Collection, Set<string>>;

/** Where a shape problem lies: an unknown key is a problem at that key, not in its whole record. */
function pathsOf(issue: z.core.$ZodRawIssue): PropertyKey[][] {
  const path = issue.path ?? [];
  return issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...path, key]) : [path];
}

/**
 * Whether the value at a path passed its shape: nothing was reported at it, inside it or around
 * it. Paths are joined into keys only when there are shape problems, which is rare.
 */
function soundness(problemPaths: readonly (readonly PropertyKey[])[]): (path: Path) => boolean {
  if (problemPaths.length === 0) return () => true;
  const at = new Set<string>();
  const around = new Set<string>();
  for (const path of problemPaths) {
    at.add(path.join('.'));
    for (let length = 0; length < path.length; length++)
      around.add(path.slice(0, length).join('.'));
  }
  return (path) => {
    const key = path.join('.');
    if (at.has(key) || around.has(key)) return false;
    for (let length = 0; length < path.length; length++) {
      if (at.has(path.slice(0, length).join('.'))) return false;
    }
    return true;
  };
}

/**
 * Reports every id a record repeats, naming the record that used it first, and returns each
 * collection's ids for the reference checks. Repeats are rare, so the ids are indexed on their own
 * first; only when a collection has fewer ids than records, or two collections share one, does the
 * pass run that finds where each repeat was first used.
 */
function checkUniqueIds(input: unknown, report: Report): Ids {
  const idLists = collections.map((collection) => records(input, collection).map(idOf));
  const ids = Object.fromEntries(
    collections.map((collection, c) => [
      collection,
      new Set(idLists[c]?.filter((id) => id !== undefined)),
    ]),
  ) as Ids;
  const repeats =
    collections.some((collection, c) => ids[collection].size < (idLists[c]?.length ?? 0)) ||
    shareAnId(Object.values(ids));
  if (!repeats) return ids;

  const seen = new Map<string, string>();
  collections.forEach((collection, c) => {
    idLists[c]?.forEach((id, index) => {
      if (id === undefined) return;
      const first = seen.get(id);
      if (first) report([collection, index, 'id'], `duplicate id "${id}", first used at ${first}`);
      else seen.set(id, `${collection}[${index}]`);
    });
  });
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

function checkReferences(input: unknown, ids: Ids, report: Report): void {
  // One visitor for the whole walk, told which record and rule it is at: a closure per record
  // would be built a million times over in a large dataset.
  let own: string | undefined;
  let rule: (typeof REFERENCES)[Collection][number] = { at: [], to: 'events' };
  let path: Path = [];
  const visit = (id: unknown) => {
    if (typeof id !== 'string') return;
    if (!ids[rule.to].has(id)) report([...path], `refers to "${id}", which is not in ${rule.to}`);
    if (rule.self && id === own) report([...path], rule.self);
  };
  eachRecord(input, (collection, record, at) => {
    own = idOf(record);
    path = at;
    for (rule of REFERENCES[collection]) reach(record, rule.at, path, visit);
  });
}

function checkCitations(input: unknown, report: Report): void {
  const texts = new Map<string, { paragraphs: unknown; length: unknown }>();
  for (const source of records(input, 'sources')) {
    const id = idOf(source);
    const text = isRecord(source) && isRecord(source.text) ? source.text : undefined;
    if (id !== undefined && text)
      texts.set(id, { paragraphs: text.paragraphs, length: text.length });
  }
  eachUncheckedCitationList(input, (citations, path) => {
    if (!Array.isArray(citations)) return;
    for (let index = 0; index < citations.length; index++) {
      const citation: unknown = citations[index];
      if (!isRecord(citation) || typeof citation.source !== 'string') continue;
      const at = (key: string): Path => [...path, index, key];
      const text = texts.get(citation.source);
      if (!text) {
        report(at('source'), `refers to "${citation.source}", which is not in sources`);
        continue;
      }
      const { paragraph, end } = citation;
      if (
        typeof paragraph === 'number' &&
        typeof text.paragraphs === 'number' &&
        paragraph > text.paragraphs
      ) {
        report(
          at('paragraph'),
          `paragraph ${paragraph} is beyond the ${text.paragraphs} paragraphs of "${citation.source}"`,
        );
      }
      if (typeof end === 'number' && typeof text.length === 'number' && end > text.length) {
        report(
          at('end'),
          `offset ${end} is beyond the text of "${citation.source}" (${text.length} characters)`,
        );
      }
    }
  });
}

function checkCoverage(input: unknown, sound: (path: Path) => boolean, report: Report): void {
  const coverage = isRecord(input) ? input.coverage : undefined;
  if (!isRecord(coverage) || !sound(['coverage'])) return;
  const { start, end } = coverage as DatasetShape['coverage'];
  if (end < start) report(['coverage', 'end'], `${end} is before its start ${start}`);
  const outside = (day: string | undefined) => day !== undefined && (day < start || day > end);
  let path: Path = [];
  const visit = (date: unknown) => {
    // dayBounds needs a well-formed date; one that failed its shape was reported already.
    if (date === undefined || !sound(path)) return;
    const { from, to } = dayBounds(date as FactDate);
    const day = outside(from) ? from : outside(to) ? to : undefined;
    if (day !== undefined) report([...path], `${day} lies outside the coverage ${start} … ${end}`);
  };
  eachRecord(input, (collection, record, at) => {
    path = at;
    for (const pattern of DATES[collection]) reach(record, pattern, path, visit);
  });
}

/** The records of one collection, or none where the collection is not a list. */
function records(input: unknown, collection: Collection): readonly unknown[] {
  const list = isRecord(input) ? input[collection] : undefined;
  return Array.isArray(list) ? list : [];
}

/**
 * Calls `visit` with every record, collection by collection, and the path to it: one array that
 * leads to each record in turn, so a caller that keeps a path copies it.
 */
function eachRecord(
  input: unknown,
  visit: (collection: Collection, record: unknown, path: Path) => void,
): void {
  const path: Path = [];
  for (const collection of collections) {
    const list = records(input, collection);
    for (let index = 0; index < list.length; index++) {
      path.length = 0;
      path.push(collection, index);
      visit(collection, list[index], path);
    }
  }
}

/**
 * Calls `visit` with each value `pattern` reaches from `node`, stepping over anything that is not
 * the object or list the pattern expects. `path` leads to the value while `visit` runs: it is one
 * array changed as the walk goes on, so a caller that keeps it copies it, and most never do.
 */
function reach(
  node: unknown,
  pattern: Pattern,
  path: Path,
  visit: (value: unknown) => void,
  depth = 0,
): void {
  if (depth === pattern.length) {
    visit(node);
    return;
  }
  const step = pattern[depth];
  if (step === '*') {
    if (!Array.isArray(node)) return;
    for (let index = 0; index < node.length; index++) {
      path.push(index);
      reach(node[index], pattern, path, visit, depth + 1);
      path.pop();
    }
  } else if (step !== undefined && isRecord(node)) {
    path.push(step);
    reach(node[step], pattern, path, visit, depth + 1);
    path.pop();
  }
}

/**
 * Calls `visit` with each list of citations in the dataset, unchecked, and the path to it. The
 * checks' own walk, which steps over input of the wrong shape; walk.ts walks valid datasets.
 */
function eachUncheckedCitationList(
  input: unknown,
  visit: (citations: unknown, path: Path) => void,
): void {
  let path: Path = [];
  const onList = (citations: unknown) => {
    visit(citations, path);
  };
  eachRecord(input, (collection, record, at) => {
    path = at;
    for (const pattern of CITATIONS[collection]) reach(record, pattern, path, onList);
  });
}

function idOf(record: unknown): string | undefined {
  return isRecord(record) && typeof record.id === 'string' ? record.id : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
