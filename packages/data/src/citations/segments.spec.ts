import { describe, expect, it } from 'vitest';
import { groupSpans, segmentText, type Piece } from './segments.js';

/** A piece tree as a string: marks as [n …], terms as *…*, so a test reads like the drawing. */
function draw(text: string, pieces: Piece[]): string {
  return pieces
    .map((piece) =>
      piece.kind === 'text'
        ? piece.term
          ? `*${text.slice(piece.start, piece.end)}*`
          : text.slice(piece.start, piece.end)
        : `[${piece.span}${piece.first ? '' : "'"} ${draw(text, piece.children)}]`,
    )
    .join('');
}

/** Every character's covering spans, read back from the tree. */
function coverOf(pieces: Piece[], around: number[] = [], out = new Map<number, number[]>()) {
  for (const piece of pieces) {
    if (piece.kind === 'mark') coverOf(piece.children, [...around, piece.span], out);
    else for (let i = piece.start; i < piece.end; i++) out.set(i, around);
  }
  return out;
}

const TEXT = 'Alpha beta gamma delta.\n\n  Epsilon zeta eta theta.  \nIota.';

describe('segmentText', () => {
  it('splits the text into the paragraphs citations count', () => {
    const paragraphs = segmentText(TEXT, []);
    expect(paragraphs.map((p) => TEXT.slice(p.start, p.end))).toEqual([
      'Alpha beta gamma delta.',
      'Epsilon zeta eta theta.',
      'Iota.',
    ]);
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
  });

  it('marks a span and the terms inside it', () => {
    const [first] = segmentText(TEXT, [{ start: 6, end: 16, terms: ['gamma'] }]);
    expect(draw(TEXT, first!.pieces)).toBe('Alpha [0 beta *gamma*] delta.');
    expect(first!.spans).toEqual([0]);
  });

  it('nests a span inside the one around it', () => {
    const [first] = segmentText(TEXT, [
      { start: 0, end: 23, terms: ['Alpha'] },
      { start: 6, end: 10, terms: ['beta'] },
    ]);
    expect(draw(TEXT, first!.pieces)).toBe('[0 *Alpha* [1 *beta*] gamma delta.]');
  });

  it('draws overlapping spans as fragments, so every character knows all its spans', () => {
    const spans = [
      { start: 0, end: 16, terms: ['Alpha'] },
      { start: 11, end: 22, terms: ['delta'] },
    ];
    const [first] = segmentText(TEXT, spans);
    expect(draw(TEXT, first!.pieces)).toBe("[0 *Alpha* beta [1 gamma]][1'  *delta*].");
    const cover = coverOf(first!.pieces);
    for (let i = 0; i < 23; i++) {
      const expected = spans.flatMap((span, index) =>
        span.start <= i && i < span.end ? [index] : [],
      );
      expect(cover.get(i), `character ${i}`).toEqual(expected);
    }
  });

  it('clips a span that runs past its paragraph to each paragraph it touches', () => {
    const paragraphs = segmentText(TEXT, [{ start: 17, end: 34, terms: ['delta'] }]);
    expect(draw(TEXT, paragraphs[0]!.pieces)).toBe('Alpha beta gamma [0 *delta*.]');
    expect(draw(TEXT, paragraphs[1]!.pieces)).toBe("[0' Epsilon] zeta eta theta.");
    expect(paragraphs[1]!.spans).toEqual([]);
  });

  it('leaves an uncited paragraph as plain text', () => {
    const paragraphs = segmentText(TEXT, [{ start: 6, end: 10, terms: ['beta'] }]);
    expect(paragraphs[2]!.pieces).toEqual([{ kind: 'text', start: 53, end: 58, term: false }]);
  });
});

describe('groupSpans', () => {
  it('makes one span of citations with the same offsets, outer spans first', () => {
    const spans = groupSpans([
      { start: 6, end: 10, terms: ['beta'] },
      { start: 0, end: 23, terms: ['Alpha'] },
      { start: 6, end: 10, terms: ['beta', 'be'] },
    ]);
    expect(spans).toEqual([
      { start: 0, end: 23, terms: ['Alpha'], citations: [1] },
      { start: 6, end: 10, terms: ['beta', 'be'], citations: [0, 2] },
    ]);
  });
});
