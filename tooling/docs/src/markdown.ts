/**
 * The fenced blocks of a README and what each is for, read from the comment above it:
 *
 * - `<!-- docs: consumer -->` runs in a fresh project with the packed package installed
 * - `<!-- docs: repository -->` runs at the root of the checkout
 * - `<!-- docs: serves -->` starts a server at the root of the checkout; it must answer
 * - `<!-- docs: pack -->` packs the package at the root of the checkout (the tarball the
 *   consumer installs)
 * - `<!-- docs: tasks -->` lists root tasks, checked against package.json
 * - `<!-- docs: not run (why) -->` is not run, and says why
 * - `<!-- test-command -->` is the test command itself, which .ci/run runs
 *
 * `, given FILE` puts a prepared FILE beside the snippet; `, needs VAR` runs it only where the
 * setting VAR is set. A block without a comment fails the docs tests.
 */

export const MODES = ['consumer', 'repository', 'serves', 'pack', 'tasks', 'not run'] as const;
export type Mode = (typeof MODES)[number] | 'test-command';

export interface Marker {
  mode: Mode;
  given: string[];
  needs: string[];
  /** Why a block is not run. */
  reason?: string;
}

export interface Block {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  code: string;
  marker?: Marker;
}

const COMMENT = /^<!--\s*(.*?)\s*-->$/;
const FENCE = /^(`{3,})\s*([\w-]*)/;

/** Every fenced block of `markdown`, with the marker comment just above it, if any. */
export function blocksOf(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let marker: Marker | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const comment = COMMENT.exec(line.trim());
    const fence = FENCE.exec(line);
    if (comment) {
      marker = parseMarker(comment[1] ?? '') ?? marker;
    } else if (fence) {
      const close = fence[1] ?? '```';
      const start = index;
      const code: string[] = [];
      while (++index < lines.length && !(lines[index] ?? '').startsWith(close)) {
        code.push(lines[index] ?? '');
      }
      blocks.push({ line: start + 1, lang: fence[2] ?? '', code: code.join('\n'), marker });
      marker = undefined;
    } else if (line.trim() !== '') {
      // A marker belongs to the block right below it, blank lines apart.
      marker = undefined;
    }
  }
  return blocks;
}

/** Reads `docs: MODE[, given FILE][, needs VAR]`; undefined for any other comment. */
export function parseMarker(text: string): Marker | undefined {
  if (text === 'test-command') return { mode: 'test-command', given: [], needs: [] };
  const docs = /^docs:\s*(.*)$/.exec(text);
  if (!docs) return undefined;
  const notRun = /^not run\s*\((.+)\)$/.exec(docs[1] ?? '');
  if (notRun) return { mode: 'not run', given: [], needs: [], reason: notRun[1] };
  const [mode = '', ...options] = (docs[1] ?? '').split(',').map((part) => part.trim());
  if (!(MODES as readonly string[]).includes(mode) || mode === 'not run') {
    throw new Error(`unknown docs marker "${text}": expected docs: ${MODES.join(' | ')}`);
  }
  const marker: Marker = { mode: mode as Mode, given: [], needs: [] };
  for (const option of options) {
    const [key, value] = option.split(/\s+/, 2);
    if (key === 'given' && value) marker.given.push(value);
    else if (key === 'needs' && value) marker.needs.push(value);
    else throw new Error(`unknown option "${option}" in docs marker "${text}"`);
  }
  return marker;
}

/** A shell command of a block, with what it must print and how it must exit. */
export interface Command {
  command: string;
  /** Lines the output must contain, in this order (`…` stands for anything). */
  expect: string[];
  exitCode: number;
}

/**
 * The commands of a shell block, one a line. `# → text` lines below a command say what it
 * prints; a trailing `# exits N` says it fails on purpose; other comments are for readers.
 */
export function commandsOf(code: string): Command[] {
  const commands: Command[] = [];
  for (const line of code.split('\n')) {
    const trimmed = line.trim();
    const expected = /^#\s*→\s?(.*)$/.exec(trimmed);
    if (expected) {
      const last = commands.at(-1);
      if (!last) throw new Error(`"${trimmed}" comes before any command`);
      last.expect.push(expected[1] ?? '');
    } else if (trimmed !== '' && !trimmed.startsWith('#')) {
      const exits = /\s#\s*exits (\d+)\s*$/.exec(trimmed);
      commands.push({ command: trimmed, expect: [], exitCode: exits ? Number(exits[1]) : 0 });
    }
  }
  return commands;
}

/** The `// → text` lines of a code snippet: what running it prints, in order. */
export function expectedOutput(code: string): string[] {
  return [...code.matchAll(/\/\/\s*→\s?(.*)$/gm)].map((match) => match[1] ?? '');
}

/**
 * The expected lines missing from `output`: each must match a whole line of it, in order, where
 * `…` matches anything. Other lines may come between them.
 */
export function missingLines(output: string, expected: readonly string[]): string[] {
  const lines = output.split(/\r?\n/).map((line) => line.trimEnd());
  let from = 0;
  const missing: string[] = [];
  for (const want of expected) {
    const pattern = new RegExp(
      `^${want
        .trim()
        .split('…')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    const found = lines.findIndex((line, index) => index >= from && pattern.test(line.trim()));
    if (found < 0) missing.push(want);
    else from = found + 1;
  }
  return missing;
}
