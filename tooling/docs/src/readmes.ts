import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { blocksOf, commandsOf, type Block } from './markdown.js';

/** The root of the checkout. */
export const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The READMEs whose commands and snippets are tested, by path from the root. */
export const READMES = ['README.md', 'packages/data/README.md'] as const;

export interface ReadmeBlock extends Block {
  readme: (typeof READMES)[number];
}

export function readmeText(readme: (typeof READMES)[number]): string {
  return readFileSync(join(repository, readme), 'utf8');
}

/** Every fenced block of every tested README, in order. */
export function allBlocks(): ReadmeBlock[] {
  return READMES.flatMap((readme) =>
    blocksOf(readmeText(readme)).map((block) => ({ ...block, readme })),
  );
}

/** The blocks whose `<!-- docs: … -->` comment names `mode` (serves, pack, consumer, …). */
export function blocksMarked(blocks: readonly ReadmeBlock[], mode: string): ReadmeBlock[] {
  return blocks.filter((block) => block.marker?.mode === mode);
}

export function where(block: ReadmeBlock): string {
  return `${block.readme}:${block.line}`;
}

/**
 * The command that installs the packed package in a consumer project: every README that shows
 * it must show the same one, so one install serves every snippet.
 */
export function installCommand(blocks: readonly ReadmeBlock[]): string {
  const installs = new Set(
    blocks
      .filter((block) => block.marker?.mode === 'consumer' && block.lang === 'sh')
      .flatMap((block) => commandsOf(block.code))
      .map(({ command }) => command)
      .filter((command) => command.startsWith('npm install ')),
  );
  const [install, ...others] = installs;
  if (!install || others.length > 0) {
    throw new Error(
      `the READMEs should show one way to install the package, not ${installs.size}: ${[...installs].join(' | ')}`,
    );
  }
  return install;
}
