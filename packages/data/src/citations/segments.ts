import { paragraphsOf, type Paragraph } from './paragraphs.js';

/** A cited span of a text: its offsets (UTF-16, end exclusive) and the literal terms in it. */
export interface Span {
  start: number;
  end: number;
  terms: readonly string[];
}

/** A span with the citations that rest on it, by their index in the list it was grouped from. */
export interface GroupedSpan extends Span {
  citations: number[];
}

/**
 * A piece of a paragraph as it is drawn: a run of text (part of a literal term or not), or one
 * fragment of a marked span holding further pieces. A span that overlaps another without nesting
 * in it is drawn as several fragments, so that every character sits inside a fragment of every
 * span that covers it; `first` marks the fragment where the span begins.
 */
export type Piece = TextPiece | MarkPiece;
export interface TextPiece {
  kind: 'text';
  start: number;
  end: number;
  term: boolean;
}
export interface MarkPiece {
  kind: 'mark';
  span: number;
  first: boolean;
  children: Piece[];
}

export interface SegmentedParagraph extends Paragraph {
  pieces: Piece[];
  /** The spans that begin in this paragraph, in reading order, by index. */
  spans: number[];
}

/** Outer spans first: the earlier start, then the longer span, then the list's order. */
function outerFirst<T extends Span>(a: { span: T; index: number }, b: { span: T; index: number }) {
  return a.span.start - b.span.start || b.span.end - a.span.end || a.index - b.index;
}

/**
 * Groups citations by the span they cite: one span for each distinct start and end, carrying the
 * union of their terms and which citations rest on it, in reading order (outer spans first).
 */
export function groupSpans(citations: readonly Span[]): GroupedSpan[] {
  const byOffsets = new Map<string, GroupedSpan>();
  citations.forEach((citation, index) => {
    const key = `${citation.start}-${citation.end}`;
    const span = byOffsets.get(key);
    if (span) {
      span.citations.push(index);
      span.terms = [...new Set([...span.terms, ...citation.terms])];
    } else {
      byOffsets.set(key, {
        start: citation.start,
        end: citation.end,
        terms: [...new Set(citation.terms)],
        citations: [index],
      });
    }
  });
  return [...byOffsets.values()]
    .map((span, index) => ({ span, index }))
    .sort(outerFirst)
    .map(({ span }) => span);
}

/**
 * The one segmentation of a text into paragraphs and marked spans that every view draws from.
 * Overlaps are resolved here, once: each paragraph becomes a tree of pieces in which a span's
 * fragments nest inside those of the spans around it, and the occurrences of a span's literal
 * terms are pieces of their own. Spans are clipped to the paragraphs they touch (a span across
 * two paragraphs is a citation the verifier rejects, but it is still drawn where it lies).
 */
export function segmentText(
  text: string,
  spans: readonly Span[],
  paragraphs: readonly Paragraph[] = paragraphsOf(text),
): SegmentedParagraph[] {
  const within = paragraphs.map(() => [] as { span: Span; index: number }[]);
  const starts = paragraphs.map((paragraph) => paragraph.start);
  spans.forEach((span, index) => {
    for (let p = Math.max(0, lastAtOrBefore(starts, span.start)); p < paragraphs.length; p++) {
      const paragraph = paragraphs[p];
      if (!paragraph || paragraph.start >= span.end) break;
      if (paragraph.end > span.start) within[p]?.push({ span, index });
    }
  });
  return paragraphs.map((paragraph, p) => {
    const touching = (within[p] ?? []).sort(outerFirst);
    return {
      ...paragraph,
      pieces: piecesOf(text, paragraph, touching),
      spans: touching.filter(({ span }) => span.start >= paragraph.start).map(({ index }) => index),
    };
  });
}

/**
 * One paragraph's tree of pieces for the given spans (by index into `spans`; all spans when
 * left out), for a passage shown on its own.
 */
export function segmentParagraph(
  text: string,
  paragraph: Paragraph,
  spans: readonly Span[],
): Piece[] {
  return piecesOf(text, paragraph, spans.map((span, index) => ({ span, index })).sort(outerFirst));
}

/** The index of the last value in ascending `values` at or before `target`, or -1. */
function lastAtOrBefore(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? Infinity) <= target) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * The paragraph is cut wherever a span or a term occurrence starts or ends; each run between two
 * cuts lies inside the fragments of exactly the spans that cover it (outer first), reusing the
 * fragments still open from the run before where it can. `spans` come outer first.
 */
function piecesOf(
  text: string,
  paragraph: Paragraph,
  spans: readonly { span: Span; index: number }[],
): Piece[] {
  const clip = (offset: number) => Math.min(Math.max(offset, paragraph.start), paragraph.end);
  const cuts = new Set([paragraph.start, paragraph.end]);
  const terms: [number, number][] = [];
  for (const { span } of spans) {
    const [start, end] = [clip(span.start), clip(span.end)];
    cuts.add(start).add(end);
    for (const term of span.terms) {
      for (let at = text.indexOf(term, start); at >= 0 && at + term.length <= end;) {
        terms.push([at, at + term.length]);
        cuts.add(at).add(at + term.length);
        at = text.indexOf(term, at + term.length);
      }
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const root: Piece[] = [];
  const open: MarkPiece[] = [];
  points.slice(1).forEach((to, i) => {
    const from = points[i] ?? to;
    const covering = spans.filter(({ span }) => span.start <= from && span.end >= to);
    let kept = 0;
    while (kept < open.length && open[kept]?.span === covering[kept]?.index) kept += 1;
    open.length = kept;
    for (const { span, index } of covering.slice(kept)) {
      const mark: MarkPiece = {
        kind: 'mark',
        span: index,
        first: from === span.start,
        children: [],
      };
      (open.at(-1)?.children ?? root).push(mark);
      open.push(mark);
    }
    const term = terms.some(([start, end]) => start <= from && end >= to);
    const container = open.at(-1)?.children ?? root;
    const last = container.at(-1);
    if (last?.kind === 'text' && last.end === from && last.term === term) last.end = to;
    else container.push({ kind: 'text', start: from, end: to, term });
  });
  return root;
}
