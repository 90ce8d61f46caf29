import * as annotator from '@apache-annotator/selector';

// Apache Annotator 0.2.0's index.d.ts re-exports from extensionless paths ('./types', './text'),
// which Node16 resolution cannot follow, so its own signatures (lib/text/*.d.ts) are restated.
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}
interface Chunk {
  readonly data: string;
}
interface Chunker {
  readonly currentChunk: Chunk;
  nextChunk(): Chunk | null;
  previousChunk(): Chunk | null;
  precedesCurrentChunk(chunk: Chunk): boolean;
}
type Matcher = (scope: Chunker) => AsyncGenerator<{ startIndex: number; endIndex: number }>;
const { textPositionSelectorMatcher, textQuoteSelectorMatcher } = annotator as unknown as {
  textPositionSelectorMatcher: (selector: TextPositionSelector) => Matcher;
  textQuoteSelectorMatcher: (selector: TextQuoteSelector) => Matcher;
};

/** A whole text as the one chunk Apache Annotator's matchers walk. */
function chunkerOf(text: string): Chunker {
  return {
    currentChunk: { data: text },
    nextChunk: () => null,
    previousChunk: () => null,
    precedesCurrentChunk: () => false,
  };
}

/**
 * Every match of a W3C selector in `text`, as [start, end] string offsets, found by Apache
 * Annotator (an implementation of the Web Annotation selectors), not by our code.
 */
export async function resolveSelector(
  selector: TextPositionSelector | TextQuoteSelector,
  text: string,
): Promise<[number, number][]> {
  const matcher =
    selector.type === 'TextPositionSelector'
      ? textPositionSelectorMatcher(selector)
      : textQuoteSelectorMatcher(selector);
  const matches: [number, number][] = [];
  for await (const match of matcher(chunkerOf(text))) {
    matches.push([match.startIndex, match.endIndex]);
  }
  return matches;
}

export interface ExportedAnnotation {
  id: string;
  body: { id: string };
  target: {
    source: { id: string };
    selector: TextPositionSelector | [TextPositionSelector, TextQuoteSelector];
  };
}

/** The annotations of a `toAnnotations` collection. */
export function annotationsIn(json: string): ExportedAnnotation[] {
  return (JSON.parse(json) as { first: { items: ExportedAnnotation[] } }).first.items;
}

/** The selectors of an annotation, always as a list. */
export function selectorsOf(
  annotation: ExportedAnnotation,
): (TextPositionSelector | TextQuoteSelector)[] {
  const { selector } = annotation.target;
  return Array.isArray(selector) ? selector : [selector];
}
