import { Cite } from '@citation-js/core';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parse.js';
import { makeFixture } from '../test-support/fixture.js';
import { CITE_FORMATS, createCiter, formatCitation, type CiteFormat } from './cite.js';
import { DATASET_AUTHOR, DATASET_TITLE } from './metadata.js';

// Characters BibTeX and RIS treat specially, and a title longer than a 70-column line.
const AWKWARD_TITLE =
  'Braces {like} these, 100% & $5 for #1 under_score, back\\slash and "quotes" in a title that runs past seventy characters';

function fixture() {
  const input = makeFixture();
  input.events[0]!.title = AWKWARD_TITLE;
  return parseDataset(input).data!;
}

const data = fixture();
const site = 'https://example.org/corpus-timeline';
const citer = createCiter(data, { baseUrl: `${site}/`, accessed: '2026-12-02' });
const event = data.events[0]!;

/** What citation-js reads back from one of its own outputs. */
function readBack(format: Exclude<CiteFormat, 'text'>, text: string) {
  const [item] = new Cite(format === 'csl' ? JSON.parse(text) : text).data;
  return item ?? {};
}

describe('createCiter', () => {
  it('cites an event by its title, the dataset and its version, its page and its source paragraphs', () => {
    expect(citer.event(event)).toMatchObject({
      id: 'lantern-assembly',
      'citation-key': 'fixture_lantern_assembly',
      type: 'dataset',
      title: AWKWARD_TITLE,
      'container-title': DATASET_TITLE,
      version: '1.0.0',
      author: [{ literal: DATASET_AUTHOR }],
      URL: `${site}/events/lantern-assembly`,
      accessed: { 'date-parts': [[2026, 12, 2]] },
      note: 'Source: A made-up report for tests, paragraph 1.',
    });
  });

  it('names each paragraph an event rests on once, in order', () => {
    const input = makeFixture();
    const [assembly, pears] = input.events;
    pears!.citations = [...pears!.citations, ...assembly!.citations, ...pears!.citations];
    const parsed = parseDataset(input).data!;
    expect(createCiter(parsed).event(parsed.events[1]!).note).toBe(
      'Source: A made-up report for tests, paragraphs 1 and 3.',
    );
  });

  it('cites the dataset as a whole with the site as its address', () => {
    expect(citer.dataset()).toMatchObject({
      id: 'fixture',
      type: 'dataset',
      title: DATASET_TITLE,
      version: '1.0.0',
      URL: `${site}/`,
      note: 'Source: A made-up report for tests.',
    });
  });

  it('names no address, and no day of access, without a site address', () => {
    const item = createCiter(data, { accessed: '2026-12-02' }).event(event);
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('accessed');
  });

  it.each([
    [
      { baseUrl: '/corpus-timeline' },
      'the site address must be an absolute URL, got "/corpus-timeline"',
    ],
    [
      { baseUrl: 'ftp://example.org' },
      'the site address must be an http(s) URL, got "ftp://example.org"',
    ],
    [
      { baseUrl: site, accessed: '2026-02-30' },
      'the day of access must be a calendar day YYYY-MM-DD, got "2026-02-30"',
    ],
  ])('refuses %j', (options, message) => {
    expect(() => createCiter(data, options)).toThrow(message);
  });
});

describe('formatCitation', () => {
  it.each(['bibtex', 'ris', 'csl'] as const)(
    'writes %s that citation-js reads back to the same title, address and version',
    (format) => {
      for (const item of [citer.event(event), citer.dataset()]) {
        expect(readBack(format, formatCitation(item, format))).toMatchObject({
          title: item.title,
          URL: item.URL,
          version: '1.0.0',
        });
      }
    },
  );

  it('writes BibTeX that a BibTeX parser reads without error', () => {
    const library = parseBibtex(formatCitation(citer.event(event), 'bibtex'), { english: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    expect(library.entries[0]).toMatchObject({
      type: 'dataset',
      key: 'fixture_lantern_assembly',
      fields: {
        title: AWKWARD_TITLE,
        url: `${site}/events/lantern-assembly`,
        version: '1.0.0',
        booktitle: DATASET_TITLE,
        note: 'Source: A made-up report for tests, paragraph 1.',
      },
    });
  });

  it('writes each RIS tag on one line, however long', () => {
    const lines = formatCitation(citer.event(event), 'ris').replace(/\n$/, '').split('\n');
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines.at(-1)).toBe('ER  - ');
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(lines).toContain(`TI  - ${AWKWARD_TITLE}`);
    expect(lines).toContain(`UR  - ${site}/events/lantern-assembly`);
  });

  it('writes a reference to paste that names the fact, the dataset, its version, the page and the source', () => {
    const text = formatCitation(citer.event(event), 'text');
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    for (const part of [
      DATASET_AUTHOR,
      // APA sets straight quotes as typographic ones.
      AWKWARD_TITLE.replace(/"([^"]*)"/, '“$1”'),
      DATASET_TITLE,
      'Version 1.0.0',
      'December 2, 2026',
      `${site}/events/lantern-assembly`,
      'Source: A made-up report for tests, paragraph 1.',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('ends every format with one newline', () => {
    for (const format of CITE_FORMATS) {
      expect(formatCitation(citer.dataset(), format)).toMatch(/[^\n]\n$/);
    }
  });
});
