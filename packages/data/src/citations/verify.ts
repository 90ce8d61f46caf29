import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeepReadonly } from '../dataset.js';
import { describePath, type Problem } from '../path.js';
import type { Citation } from '../schema/citation.js';
import type { Dataset } from '../schema/dataset.js';
import { citationsOf } from '../schema/walk.js';
import { checkSourceText, type Issue, type Path } from './check.js';

export interface CitationReport {
  /** Citations whose source text was at hand and so were checked. */
  checked: number;
  /** Citations of sources whose text was not given: nothing is known about them. */
  unchecked: number;
  problems: Problem[];
}

/**
 * Checks every citation against its source's text by the rules of `checkSourceText`: the text is
 * the one the dataset describes (its SHA-256, length and paragraph count), the span lies inside
 * the cited paragraph, and every term occurs inside the span. `texts` maps source ids to their
 * full text. Node.js only (it hashes with node:crypto, synchronously); in a browser, hash with
 * `sha256Hex` and call `checkSourceText` for the source in hand.
 */
export function verifyCitations(
  dataset: DeepReadonly<Dataset>,
  texts: ReadonlyMap<string, string>,
): CitationReport {
  type Cited = { citation: DeepReadonly<Citation>; path: Path };
  const cited = new Map<string, Cited[]>();
  let unchecked = 0;
  for (const { citation, path } of citationsOf(dataset)) {
    if (!texts.has(citation.source)) {
      unchecked += 1;
      continue;
    }
    const list = cited.get(citation.source) ?? [];
    list.push({ citation, path });
    cited.set(citation.source, list);
  }

  let checked = 0;
  const issues: Issue[] = [];
  dataset.sources.forEach((source, index) => {
    const text = texts.get(source.id);
    if (text === undefined) return;
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    const report = checkSourceText(source, text, sha256, cited.get(source.id) ?? []);
    checked += report.checked;
    for (const issue of report.issues) {
      // Issues about the text itself are the source's; a citation's come with its own path.
      const path = issue.path[0] === 'text' ? ['sources', index, ...issue.path] : issue.path;
      issues.push({ path, message: issue.message });
    }
  });
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
