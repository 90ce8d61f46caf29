/** A paragraph of a source text: its number (from 1) and where it sits, as string indexes. */
export interface Paragraph {
  number: number;
  start: number;
  end: number;
}

/**
 * Splits a source text the way citations count paragraphs: every non-empty line is one paragraph,
 * spanning the line without its leading and trailing white space.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      const start = lineStart + line.indexOf(trimmed);
      paragraphs.push({ number: paragraphs.length + 1, start, end: start + trimmed.length });
    }
    lineStart += line.length + 1;
  }
  return paragraphs;
}
