import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { expectCachedBuilds } from './cached-builds.js';
import { commandsOf } from './markdown.js';
import { allBlocks, blocksMarked, installCommand, repository, where } from './readmes.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A fresh project with the packed package installed, as the READMEs say to install it. */
    consumer: string;
  }
}

/**
 * Packs the package and installs it into one fresh project for every test, with the very commands
 * the READMEs show: the pack block at the root of the checkout, then the install command in a
 * project beside it (the checkout appears there as ../corpus-timeline, as the READMEs assume).
 */
export default function setup(project: TestProject) {
  expectCachedBuilds('@corpus/data');
  const blocks = allBlocks();
  const packs = blocksMarked(blocks, 'pack');
  if (packs.length !== 1) throw new Error(`expected one docs: pack block, found ${packs.length}`);
  const [pack] = packs;
  for (const { command } of commandsOf(pack?.code ?? '')) {
    run(command, repository, `${pack ? where(pack) : ''}: ${command}`);
  }

  const folder = mkdtempSync(join(tmpdir(), 'corpus-docs-'));
  symlinkSync(repository, join(folder, 'corpus-timeline'));
  const consumer = join(folder, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  // npm's settings, not the command: no audit or funding chatter, and no network when the cache
  // already holds the package's dependencies.
  run(installCommand(blocks), consumer, 'npm install', {
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_prefer_offline: 'true',
  });
  project.provide('consumer', consumer);
  return () => {
    rmSync(folder, { recursive: true, force: true });
  };
}

function run(command: string, cwd: string, what: string, env: Record<string, string> = {}) {
  try {
    execFileSync('bash', ['-euo', 'pipefail', '-c', command], {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${what} failed:\n${stdout}${stderr}`, { cause: error });
  }
}
