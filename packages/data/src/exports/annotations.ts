import type { DeepReadonly } from '../dataset.js';
import type { Dataset } from '../schema/dataset.js';
import type { Source } from '../schema/source.js';
import { citationsOf, type CitedRecord } from '../schema/walk.js';
import { GENERATED_BY } from './generated-by.js';
import { recordUrl } from './record-url.js';

export interface AnnotationOptions {
  /** The site's address; records become links under it ('' for site-relative links). */
  baseUrl: string;
  /**
   * Source texts by source id, already checked against the dataset (see `verifyCitations`): with
   * a source's text each annotation also quotes its span. Without it, positions only.
   */
  texts?: ReadonlyMap<string, string>;
}

/** Characters of context a quote carries on each side, to tell repeated passages apart. */
const QUOTE_CONTEXT = 32;

type Node = Record<string, unknown>;

/**
 * A source as an annotation target: identified by the SHA-256 of its text as a Named Information
 * URI (RFC 6920), so any copy of the text, wherever it is kept, is the same target.
 */
export function sourceTarget(source: DeepReadonly<Source>): Node {
  const digest = source.text.sha256.match(/../g)?.map((byte) => parseInt(byte, 16)) ?? [];
  const base64url = btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return {
    id: `ni:///sha-256;${base64url}`,
    type: 'Text',
    format: 'text/plain',
    language: source.language,
  };
}

/**
 * Every citation as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/), one
 * `AnnotationCollection` of JSON-LD: the target is the source (see `sourceTarget`) with a
 * `TextPositionSelector` and, where the text is given, a `TextQuoteSelector`; the body is the
 * record the citation supports, at its URL on the site. Positions count Unicode code points, as
 * the model says; with the text at hand they are converted from the dataset's UTF-16 offsets,
 * and without it they are those offsets (the same for a text in the Basic Multilingual Plane).
 */
export function toAnnotations(
  dataset: DeepReadonly<Dataset>,
  { baseUrl, texts = new Map() }: AnnotationOptions,
): string {
  const root = baseUrl.replace(/\/$/, '');
  const collection = `${root}/data/annotations.jsonld`;
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  for (const [id, text] of texts) {
    const source = sources.get(id);
    if (source && text.length !== source.text.length) {
      throw new Error(
        `the text given for "${id}" has ${text.length} characters, not the ${source.text.length} the dataset records`,
      );
    }
  }
  const targets = new Map([...sources].map(([id, source]) => [id, sourceTarget(source)]));
  const converters = new Map([...texts].map(([id, text]) => [id, codePointsIn(text)]));
  const counts = new Map<string, number>();
  const items = [...citationsOf(dataset)].map(({ citation, record }) => {
    const key = anchorOf(record);
    const n = counts.get(key) ?? 0;
    counts.set(key, n + 1);
    const text = texts.get(citation.source);
    const points = converters.get(citation.source) ?? ((offset: number) => offset);
    const position = {
      type: 'TextPositionSelector',
      start: points(citation.start),
      end: points(citation.end),
    };
    const quote = text && {
      type: 'TextQuoteSelector',
      exact: text.slice(citation.start, citation.end),
      prefix: text.slice(Math.max(0, citation.start - QUOTE_CONTEXT), citation.start),
      suffix: text.slice(citation.end, citation.end + QUOTE_CONTEXT),
    };
    return {
      id: `${collection}#${key}/citation-${n}`,
      type: 'Annotation',
      motivation: 'linking',
      body: { id: recordUrl(record, root), type: 'Text', format: 'text/html' },
      target: {
        source: targets.get(citation.source),
        selector: quote ? [position, quote] : position,
      },
    };
  });
  const annotations = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: collection,
    type: 'AnnotationCollection',
    label: `Citations of ${dataset.name} ${dataset.version}: each links a passage of a source to the record drawn from it`,
    generator: { type: 'Software', name: GENERATED_BY },
    total: items.length,
    first: { id: `${collection}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(annotations, null, 2)}\n`;
}

function anchorOf(record: CitedRecord): string {
  const part = record.part ? `/${record.part.kind}-${record.part.index}` : '';
  return `${record.kind}/${record.id}${part}`;
}

/**
 * Turns UTF-16 offsets into code point offsets for one text. Only a text with surrogate pairs
 * (characters outside the Basic Multilingual Plane) needs counting; in any other they are equal.
 */
function codePointsIn(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  // Spread iterates code points, which is what is counted here.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  return (offset) => [...text.slice(0, offset)].length;
}
