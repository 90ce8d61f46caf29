import { describe, expect, it } from 'vitest';
import { coverageOf } from './coverage.js';

describe('coverageOf', () => {
  it('counts cited paragraphs and characters, overlaps once', () => {
    const coverage = coverageOf(
      [
        { paragraph: 1, start: 0, end: 10 },
        { paragraph: 1, start: 5, end: 15 },
        { paragraph: 3, start: 40, end: 50 },
      ],
      { paragraphs: 4, length: 100 },
    );
    expect(coverage).toEqual({
      paragraphs: 4,
      uncited: [2, 4],
      characters: 100,
      citedCharacters: 25,
    });
  });
});
