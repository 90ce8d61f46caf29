import {
  checkSourceText,
  groupSpans,
  segmentText,
  sha256Hex,
  verifySourceText,
  type GroupedSpan,
  type Issue,
  type SegmentedParagraph,
  type TextCheck,
} from '@corpus/data/text';
import type { ReaderData, RecordLink } from '$lib/types';

/**
 * Everything the reader draws from a text in hand, whether the build bundled it or the reader
 * opened their own copy: the spans (one per distinct start and end, with the citations on each)
 * and the package's one segmentation of the text into paragraphs and marks.
 */
export interface Reading {
  spans: GroupedSpan[];
  paragraphs: SegmentedParagraph[];
}

export function readText(data: Pick<ReaderData, 'citations'>, text: string): Reading {
  const spans = groupSpans(data.citations);
  return { spans, paragraphs: segmentText(text, spans) };
}

/** The reader's citations as the package's checks take them, each with its index as its path. */
function citationsToCheck(data: Pick<ReaderData, 'source' | 'citations'>) {
  return data.citations.map(({ paragraph, start, end, terms }, index) => ({
    citation: { source: data.source.id, paragraph, start, end, terms },
    path: [index],
  }));
}

const recorded = (data: Pick<ReaderData, 'source'>) => ({
  text: {
    sha256: data.source.sha256,
    length: data.source.length,
    paragraphs: data.source.paragraphs,
  },
});

/** Checks every citation against the text with the package's own verifier (Web Crypto). */
export function verifyText(
  data: Pick<ReaderData, 'source' | 'citations'>,
  text: string,
): Promise<TextCheck> {
  return verifySourceText(recorded(data), text, citationsToCheck(data));
}

/** One failed check, said by the record whose citation failed and why. */
export interface Failure {
  record: RecordLink | undefined;
  paragraph: number | undefined;
  message: string;
}

export function failuresOf(issues: readonly Issue[], data: ReaderData): Failure[] {
  return issues.map((issue) => {
    const [index] = issue.path;
    const citation = typeof index === 'number' ? data.citations[index] : undefined;
    return {
      record: citation && data.records[citation.record],
      paragraph: citation?.paragraph,
      message: issue.message,
    };
  });
}

/** What a file a reader opened turned out to be: the source's text, or something else. */
export type OpenedCopy =
  | { ok: true; text: string }
  | { ok: false; name: string; sha256: string; length: number | null; bytes: number };

/**
 * Hashes a file in the browser and keeps it only if it is the text the source records (same
 * SHA-256, length and paragraphs, by the package's check). Nothing is sent anywhere.
 */
export async function openCopy(
  data: Pick<ReaderData, 'source'>,
  file: { name: string; arrayBuffer(): Promise<ArrayBuffer> },
): Promise<OpenedCopy> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = await sha256Hex(bytes);
  let text: string | null;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = null;
  }
  if (text !== null && checkSourceText(recorded(data), text, sha256, []).issues.length === 0) {
    return { ok: true, text };
  }
  return { ok: false, name: file.name, sha256, length: text?.length ?? null, bytes: bytes.length };
}

/** The id of a span's first mark, which `#c-<start>-<end>` links point at. */
export const spanId = (span: { start: number; end: number }) => `c-${span.start}-${span.end}`;
/** The id of a span's entry in its paragraph's list of records. */
export const entryId = (span: { start: number; end: number }) => `r-${span.start}-${span.end}`;
