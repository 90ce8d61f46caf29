import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parse.js';
import { makeFixture } from '../test-support/fixture.js';
import { toJsonLd } from './jsonld.js';

describe('toJsonLd', () => {
  it('describes every event as a schema.org Event with its places and precision-kept dates', () => {
    const result = parseDataset(makeFixture());
    const graph = JSON.parse(toJsonLd(result.data!, { baseUrl: 'https://example.org' })) as {
      '@context': string;
      '@graph': Record<string, unknown>[];
    };
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph']).toHaveLength(2);
    const [assembly, pears] = graph['@graph'];
    expect(assembly).toMatchObject({
      '@type': 'Event',
      '@id': 'https://example.org/events/lantern-assembly',
      startDate: '2016-05-03',
      endDate: '2016-05-04',
      location: [{ '@type': 'Place', name: 'Riverton County', alternateName: ['Riverton'] }],
      subjectOf: { '@type': 'Dataset', name: 'fixture', version: '1.0.0' },
    });
    expect(pears).not.toHaveProperty('startDate');
    expect(pears).toMatchObject({
      location: [{ name: 'Hillfold Village', containedInPlace: { name: 'Riverton County' } }],
      attendee: [{ '@type': 'Person', name: 'Mara Quill' }],
    });
  });
});
