import { createHash } from 'node:crypto';
import { locate } from '../citations/locate.js';
import { paragraphsOf } from '../citations/paragraphs.js';
import type { DatasetInput } from '../schema/dataset.js';

/** A made-up source text for tests, so they never depend on (or copy) the real document. */
export const FIXTURE_TEXT = [
  'The Lantern Assembly met in Riverton from May 3 to 4, 2016. Delegates from 12 counties came.',
  '',
  '  ▲ Mara Quill, the first secretary of Hillfold Village, Riverton County, greets growers.',
  '',
  '  Mara Quill says more than 1,200 growers in Hillfold Village sell pears, 2018 figures.',
].join('\n');

export const FIXTURE_SOURCE = 'fixture-source';

const cite = (paragraph: number, ...terms: string[]) =>
  locate(FIXTURE_TEXT, FIXTURE_SOURCE, paragraph, terms);

/** A small valid dataset over FIXTURE_TEXT; a fresh copy on every call, free to break. */
export function makeFixture(): DatasetInput {
  return {
    name: 'fixture',
    version: '1.0.0',
    coverage: { start: '2015-01-01', end: '2020-12-31' },
    sources: [
      {
        id: FIXTURE_SOURCE,
        title: 'A made-up report for tests',
        kind: 'report',
        language: 'en',
        machineTranslated: false,
        fileName: 'fixture.txt',
        text: {
          sha256: createHash('sha256').update(FIXTURE_TEXT).digest('hex'),
          length: FIXTURE_TEXT.length,
          paragraphs: paragraphsOf(FIXTURE_TEXT).length,
        },
        date: { kind: 'on', date: '2018', basis: { kind: 'inferred', from: 'its latest figure' } },
        credits: [],
        notes: [],
      },
    ],
    events: [
      {
        id: 'lantern-assembly',
        title: 'The Lantern Assembly',
        summary: 'Delegates gathered for two days.',
        category: 'conference',
        date: { kind: 'span', start: '2016-05-03', end: '2016-05-04', basis: { kind: 'stated' } },
        places: ['riverton-county'],
        people: [],
        organisations: [],
        figures: ['delegate-counties'],
        related: [],
        notes: [],
        citations: [cite(1, 'Lantern Assembly', 'May 3 to 4, 2016')],
      },
      {
        id: 'hillfold-pears',
        title: 'Pears in Hillfold',
        summary: 'A first secretary helps growers sell pears.',
        category: 'first-secretaries',
        date: { kind: 'undated', latest: '2018', basis: { kind: 'not-stated' } },
        places: ['hillfold-village'],
        people: [{ person: 'mara-quill', part: 'first secretary' }],
        organisations: [],
        figures: [],
        related: [{ event: 'lantern-assembly', relation: 'follows' }],
        notes: [],
        citations: [cite(3, 'Mara Quill', 'pears')],
      },
    ],
    places: [
      {
        id: 'riverton-county',
        name: 'Riverton County',
        kind: 'county',
        aliases: ['Riverton'],
        parents: [],
        notes: [],
        citations: [cite(2, 'Riverton County')],
      },
      {
        id: 'hillfold-village',
        name: 'Hillfold Village',
        kind: 'village',
        aliases: [],
        parents: ['riverton-county'],
        notes: [],
        citations: [cite(2, 'Hillfold Village', 'Riverton County')],
      },
    ],
    people: [
      {
        id: 'mara-quill',
        name: 'Mara Quill',
        label: 'Mara Quill',
        roles: [
          {
            title: 'First secretary',
            place: 'hillfold-village',
            citations: [cite(2, 'Mara Quill', 'first secretary')],
          },
        ],
        citations: [cite(2, 'Mara Quill')],
      },
    ],
    organisations: [],
    figures: [
      {
        id: 'delegate-counties',
        label: 'Counties that sent delegates',
        value: 12,
        unit: 'counties',
        qualifier: 'exactly',
        asWritten: '12',
        asOf: { kind: 'on', date: '2016-05-03', basis: { kind: 'inferred', from: 'the assembly' } },
        citations: [cite(1, '12 counties', '12')],
      },
    ],
  };
}
