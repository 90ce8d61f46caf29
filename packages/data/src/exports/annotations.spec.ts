import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parse.js';
import { citationsOf } from '../schema/walk.js';
import { annotationsIn, resolveSelector, selectorsOf } from '../test-support/annotator.js';
import { FIXTURE_SOURCE, FIXTURE_TEXT, makeFixture } from '../test-support/fixture.js';
import { toAnnotations } from './annotations.js';

const dataset = parseDataset(makeFixture()).data!;
const texts = new Map([[FIXTURE_SOURCE, FIXTURE_TEXT]]);

describe('toAnnotations', () => {
  it('writes one W3C annotation per citation, its body the record at its URL', () => {
    const json = JSON.parse(toAnnotations(dataset, { baseUrl: 'https://example.org/' })) as {
      '@context': string;
      type: string;
      total: number;
    };
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    const items = annotationsIn(toAnnotations(dataset, { baseUrl: 'https://example.org/' }));
    const citations = [...citationsOf(dataset)];
    expect(json.total).toBe(citations.length);
    expect(items).toHaveLength(citations.length);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(items.map((item) => item.body.id)).toContain(
      'https://example.org/events/lantern-assembly',
    );
    expect(items.map((item) => item.body.id)).toContain(
      'https://example.org/places#riverton-county',
    );
    expect(items.map((item) => item.body.id)).toContain('https://example.org/people#mara-quill');
  });

  it('names the source by the hash of its text', () => {
    const [item] = annotationsIn(toAnnotations(dataset, { baseUrl: '' }));
    const hex = dataset.sources[0]!.text.sha256;
    const base64url = Buffer.from(hex, 'hex').toString('base64url');
    expect(item!.target.source.id).toBe(`ni:///sha-256;${base64url}`);
  });

  it('gives positions only without the text, and no words of it', () => {
    const json = toAnnotations(dataset, { baseUrl: '' });
    for (const item of annotationsIn(json)) {
      expect(selectorsOf(item).map((selector) => selector.type)).toEqual(['TextPositionSelector']);
    }
    expect(json).not.toContain('Delegates');
  });

  it('quotes each span with the text, and Apache Annotator resolves both selectors to it', async () => {
    const items = annotationsIn(toAnnotations(dataset, { baseUrl: '', texts }));
    const citations = [...citationsOf(dataset)];
    for (const [index, item] of items.entries()) {
      const { start, end } = citations[index]!.citation;
      const selectors = selectorsOf(item);
      expect(selectors.map((selector) => selector.type)).toEqual([
        'TextPositionSelector',
        'TextQuoteSelector',
      ]);
      for (const selector of selectors) {
        expect(await resolveSelector(selector, FIXTURE_TEXT), selector.type).toEqual([
          [start, end],
        ]);
      }
    }
  });

  it('refuses a text of the wrong length', () => {
    expect(() =>
      toAnnotations(dataset, { baseUrl: '', texts: new Map([[FIXTURE_SOURCE, 'short']]) }),
    ).toThrow('the text given for "fixture-source" has 5 characters, not the');
  });
});
