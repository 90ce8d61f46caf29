import { describe, expect, it } from 'vitest';
import { makeFixture } from '../test-support/fixture.js';
import { Dataset } from './dataset.js';
import { citationsOf } from './walk.js';

describe('citationsOf', () => {
  it('yields every citation in order with the path that leads to it', () => {
    const input = makeFixture();
    const citation = input.events[0]!.citations[0]!;
    input.sources[0]!.credits = [{ role: 'Text', people: ['mara-quill'], citations: [citation] }];
    input.sources[0]!.notes = [{ text: 'A note.', citations: [citation] }];
    input.places[0]!.notes = [{ text: 'Another note.', citations: [citation, citation] }];
    const dataset = Dataset.parse(input);

    expect([...citationsOf(dataset)].map(({ path }) => path.join('.'))).toEqual([
      'sources.0.credits.0.citations.0',
      'sources.0.notes.0.citations.0',
      'events.0.citations.0',
      'events.1.citations.0',
      'places.0.citations.0',
      'places.0.notes.0.citations.0',
      'places.0.notes.0.citations.1',
      'places.1.citations.0',
      'people.0.citations.0',
      'people.0.roles.0.citations.0',
      'figures.0.citations.0',
    ]);
    for (const { citation, path } of citationsOf(dataset)) {
      const found = path.reduce<unknown>(
        (node, key) => (node as Record<string | number, unknown>)[key],
        dataset,
      );
      expect(found).toBe(citation);
    }
  });
});
