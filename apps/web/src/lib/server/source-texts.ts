import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dataset, DeepReadonly } from '@corpus/data';
import { checkSourceText } from '@corpus/data/text';

/**
 * The source texts this build includes, by source id: read from the folder CORPUS_SOURCE_DIR
 * names, each checked against the SHA-256 and length the dataset records. A missing or different
 * file stops the build naming the file and both hashes, so a site never shows a text its facts
 * were not drawn from. Unset (or empty), the build leaves the text out (vite.config.ts says so in
 * one line, once per build); readers can then open their own copy in the browser.
 */
export function loadSourceTexts(
  dataset: DeepReadonly<Dataset>,
  dir = process.env.CORPUS_SOURCE_DIR,
): Map<string, string> {
  if (!dir) return new Map();
  const folder = resolve(dir);
  if (!existsSync(folder)) throw new Error(`CORPUS_SOURCE_DIR=${dir}: there is no such folder`);
  const texts = new Map<string, string>();
  for (const source of dataset.sources) {
    const file = join(folder, source.fileName);
    if (!existsSync(file)) {
      throw new Error(
        `CORPUS_SOURCE_DIR=${dir} has no ${source.fileName}, the text of source "${source.id}"`,
      );
    }
    const text = readFileSync(file, 'utf8');
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    if (checkSourceText(source, text, sha256, []).issues.length > 0) {
      throw new Error(
        `${file} is not the text of source "${source.id}": its SHA-256 is ${sha256} (${text.length} characters), expected ${source.text.sha256} (${source.text.length} characters)`,
      );
    }
    texts.set(source.id, text);
  }
  return texts;
}
