import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { citationsOf, dataset } from '@corpus/data';

const SOURCE = dataset.sources[0];
const folder = process.env.CORPUS_SOURCE_DIR;

/** The real source text, read where CORPUS_SOURCE_DIR points; undefined when it is unset. */
export const SOURCE_TEXT =
  folder && SOURCE ? readFileSync(join(folder, SOURCE.fileName), 'utf8') : undefined;
export const SOURCE_FILE = folder && SOURCE ? join(folder, SOURCE.fileName) : '';
export const NEEDS_TEXT = 'needs the source text: set CORPUS_SOURCE_DIR (the test command does)';

/** What the reader's verification says when every citation of the dataset checks out. */
const CITATIONS = [...citationsOf(dataset)].length;
export const ALL_CHECK_OUT = `${CITATIONS} of ${CITATIONS} citations check out`;

/** A run this long of the source's words, found anywhere, is a passage of it. */
export const PASSAGE_WORDS = 12;

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}']+/gu) ?? [];

/** Each source's runs of PASSAGE_WORDS words (see passagesIn), lower-cased, made once. */
const runsBySource = new Map<string, Map<string, string>>();

function runsOf(source: string): Map<string, string> {
  const known = runsBySource.get(source);
  if (known) return known;
  const sourceWords = wordsOf(source);
  const runs = new Map<string, string>();
  for (let i = 0; i + PASSAGE_WORDS <= sourceWords.length; i++) {
    const run = sourceWords.slice(i, i + PASSAGE_WORDS);
    if (run.some((word) => /^\p{Ll}/u.test(word))) {
      runs.set(run.join(' ').toLowerCase(), run.join(' '));
    }
  }
  runsBySource.set(source, runs);
  return runs;
}

/**
 * Runs of PASSAGE_WORDS consecutive words of `source` found in `text`, ignoring case and
 * punctuation. A run of names only (every word capitalised or a number, as in a chain of a
 * village, town, county and province, or a committee's full name) is a fact, not a passage: only
 * runs holding an ordinary lower-case word count.
 */
export function passagesIn(text: string, source: string): string[] {
  const runs = runsOf(source);
  const words = wordsOf(text).map((word) => word.toLowerCase());
  const found = new Set<string>();
  for (let i = 0; i + PASSAGE_WORDS <= words.length; i++) {
    const run = runs.get(words.slice(i, i + PASSAGE_WORDS).join(' '));
    if (run) found.add(run);
  }
  return [...found];
}

/** Every file a build wrote, as text (its gzip twins decompressed; brotli ones are the same). */
function* builtFiles(dir: string): Generator<{ file: string; text: string }> {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = join(dir, name);
    if (name.endsWith('.br') || !statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    yield { file: name, text: (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8') };
  }
}

/** The files of a build that hold a passage of the source, with the first passage in each. */
export function filesWithPassages(
  dir: string,
  source: string,
): { file: string; passage: string }[] {
  const out: { file: string; passage: string }[] = [];
  for (const { file, text } of builtFiles(dir)) {
    const [passage] = passagesIn(text, source);
    if (passage) out.push({ file, passage });
  }
  return out;
}
