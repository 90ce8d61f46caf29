/** How much of a text a set of citations covers. */
export interface Coverage {
  paragraphs: number;
  /** Paragraph numbers (from 1) no citation names, in order. */
  uncited: number[];
  characters: number;
  /** Characters inside at least one cited span. */
  citedCharacters: number;
}

/**
 * Coverage from the citations alone (their paragraph numbers and offsets) and what the source
 * records of its text, so it is the same with or without the text at hand.
 */
export function coverageOf(
  citations: readonly { paragraph: number; start: number; end: number }[],
  text: { paragraphs: number; length: number },
): Coverage {
  const cited = new Set(citations.map((citation) => citation.paragraph));
  const uncited = Array.from({ length: text.paragraphs }, (_, i) => i + 1).filter(
    (number) => !cited.has(number),
  );
  const ranges = citations
    .map(({ start, end }) => [Math.max(0, start), Math.min(end, text.length)] as const)
    .sort((a, b) => a[0] - b[0]);
  let citedCharacters = 0;
  let reached = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, reached);
    if (end > from) citedCharacters += end - from;
    reached = Math.max(reached, end);
  }
  return { paragraphs: text.paragraphs, uncited, characters: text.length, citedCharacters };
}
