import type { Citation } from '../schema/citation.js';
import { paragraphsOf } from './paragraphs.js';

/**
 * Builds a citation for terms in one paragraph: the span runs from the start of the sentence that
 * holds the first term to the end of the sentence that holds the last, so a reader checking the
 * fact lands on whole sentences. Throws when a term is not in the paragraph.
 */
export function locate(
  text: string,
  source: string,
  paragraphNumber: number,
  terms: string[],
): Citation {
  const paragraph = paragraphsOf(text)[paragraphNumber - 1];
  if (!paragraph) throw new Error(`the text has no paragraph ${paragraphNumber}`);
  const body = text.slice(paragraph.start, paragraph.end);
  let first = Infinity;
  let last = -Infinity;
  for (const term of terms) {
    const at = body.indexOf(term);
    if (at < 0) throw new Error(`"${term}" is not in paragraph ${paragraphNumber}`);
    first = Math.min(first, at);
    last = Math.max(last, at + term.length);
  }
  const sentenceStart = Math.max(
    0,
    ...[...body.slice(0, first).matchAll(/[.!?]["”]?\s+/g)].map((m) => m.index + m[0].length),
  );
  const tail = /[.!?]["”]?(?=\s|$)/.exec(body.slice(last));
  const sentenceEnd = tail ? last + tail.index + tail[0].length : body.length;
  return {
    source,
    paragraph: paragraphNumber,
    start: paragraph.start + sentenceStart,
    end: paragraph.start + sentenceEnd,
    terms,
  };
}
