import type { DeepReadonly } from '../dataset.js';
import type { Citation } from '../schema/citation.js';
import type { Source } from '../schema/source.js';
import { paragraphsOf } from './paragraphs.js';

export type Path = (string | number)[];

/** One thing wrong with a text or a citation of it: where (a raw path) and what. */
export interface Issue {
  path: Path;
  message: string;
}

export interface TextCheck {
  /** How many citations were checked against the text. */
  checked: number;
  issues: Issue[];
}

/**
 * The rules every citation check follows, wherever it runs (the package, the CLI, the tests, the
 * browser): the text is the one the source records (its SHA-256, length and paragraph count), each
 * span lies inside its cited paragraph, and each term occurs inside its span. `sha256` is the
 * text's hash as lowercase hex, computed by the caller (node:crypto, or Web Crypto via
 * `sha256Hex`). Issues about the text have paths under `text`, issues about a citation paths
 * under the one it came with.
 */
export function checkSourceText(
  source: DeepReadonly<Pick<Source, 'text'>>,
  text: string,
  sha256: string,
  citations: Iterable<{ citation: DeepReadonly<Citation>; path: Path }>,
): TextCheck {
  const issues: Issue[] = [];
  const expected = source.text;
  if (sha256 !== expected.sha256) {
    issues.push({
      path: ['text', 'sha256'],
      message: `the text's SHA-256 is ${sha256}, not the recorded ${expected.sha256}`,
    });
  }
  if (text.length !== expected.length) {
    issues.push({
      path: ['text', 'length'],
      message: `the text has ${text.length} characters, not the recorded ${expected.length}`,
    });
  }
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length !== expected.paragraphs) {
    issues.push({
      path: ['text', 'paragraphs'],
      message: `the text has ${paragraphs.length} paragraphs, not the recorded ${expected.paragraphs}`,
    });
  }

  let checked = 0;
  for (const { citation, path } of citations) {
    checked += 1;
    const paragraph = paragraphs[citation.paragraph - 1];
    if (!paragraph) {
      issues.push({
        path: [...path, 'paragraph'],
        message: `the text has no paragraph ${citation.paragraph}`,
      });
      continue;
    }
    if (citation.start < paragraph.start || citation.end > paragraph.end) {
      issues.push({
        path: [...path, 'start'],
        message: `span ${citation.start}–${citation.end} is not inside paragraph ${citation.paragraph} (${paragraph.start}–${paragraph.end})`,
      });
      continue;
    }
    const span = text.slice(citation.start, citation.end);
    citation.terms.forEach((term, index) => {
      if (!span.includes(term)) {
        issues.push({
          path: [...path, 'terms', index],
          message: `"${term}" is not inside the span ${citation.start}–${citation.end}`,
        });
      }
    });
  }
  return { checked, issues };
}
