import type { DeepReadonly } from '../dataset.js';
import type { Citation } from '../schema/citation.js';
import type { Source } from '../schema/source.js';
import { checkSourceText, type Path, type TextCheck } from './check.js';
import { sha256Hex } from './sha256.js';

/**
 * Checks one source's text and the citations of it where no dataset is at hand (a browser with a
 * reader's own copy, say): hashes the text with Web Crypto, then applies `checkSourceText`.
 */
export async function verifySourceText(
  source: DeepReadonly<Pick<Source, 'text'>>,
  text: string,
  citations: Iterable<{ citation: DeepReadonly<Citation>; path: Path }>,
): Promise<TextCheck> {
  return checkSourceText(source, text, await sha256Hex(text), citations);
}
