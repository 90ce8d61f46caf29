import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeepReadonly } from '../dataset.js';
import { describePath, type Problem } from '../parse.js';
import type { Dataset } from '../schema/dataset.js';
import { citationsOf } from '../schema/dataset.js';
import { paragraphsOf } from './paragraphs.js';

export interface CitationReport {
  /** Citations whose source text was at hand and so were checked. */
  checked: number;
  /** Citations of sources whose text was not given: nothing is known about them. */
  unchecked: number;
  problems: Problem[];
}

/**
 * Checks every citation against its source's text: the text is the one the dataset describes (its
 * SHA-256, length and paragraph count), the span lies inside the cited paragraph, and every term
 * occurs inside the span. `texts` maps source ids to their full text.
 */
export function verifyCitations(
  dataset: DeepReadonly<Dataset>,
  texts: ReadonlyMap<string, string>,
): CitationReport {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const paragraphs = new Map<string, ReturnType<typeof paragraphsOf>>();
  dataset.sources.forEach((source, index) => {
    const text = texts.get(source.id);
    if (text === undefined) return;
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    if (sha256 !== source.text.sha256) {
      issues.push({
        path: ['sources', index, 'text', 'sha256'],
        message: `the text's SHA-256 is ${sha256}`,
      });
    }
    if (text.length !== source.text.length) {
      issues.push({
        path: ['sources', index, 'text', 'length'],
        message: `the text has ${text.length} characters`,
      });
    }
    const split = paragraphsOf(text);
    if (split.length !== source.text.paragraphs) {
      issues.push({
        path: ['sources', index, 'text', 'paragraphs'],
        message: `the text has ${split.length} paragraphs`,
      });
    }
    paragraphs.set(source.id, split);
  });

  let checked = 0;
  let unchecked = 0;
  for (const { citation, path } of citationsOf(dataset as Dataset)) {
    const text = texts.get(citation.source);
    const split = paragraphs.get(citation.source);
    if (text === undefined || !split) {
      unchecked += 1;
      continue;
    }
    checked += 1;
    const paragraph = split[citation.paragraph - 1];
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
  const problems = issues.map((issue) => ({
    path: describePath(issue.path, dataset),
    message: issue.message,
  }));
  return { checked, unchecked, problems };
}

/**
 * Reads the texts of a dataset's sources from a folder (each source's `fileName`); sources whose
 * file is absent are left out, and `verifyCitations` then counts their citations as unchecked.
 */
export function readSourceTexts(
  dataset: DeepReadonly<Dataset>,
  folder: string,
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const source of dataset.sources) {
    const file = join(folder, source.fileName);
    if (existsSync(file)) texts.set(source.id, readFileSync(file, 'utf8'));
  }
  return texts;
}
