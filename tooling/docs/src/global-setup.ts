import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { commandsOf } from './markdown.js';
import { allBlocks, installCommand, repository, where } from './readmes.js';

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
  expectCachedBuilds();
  const blocks = allBlocks();
  const packs = blocks.filter((block) => block.marker?.mode === 'pack');
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

/**
 * The READMEs' pack and start commands build through turbo first. Run here, that must come from
 * turbo's cache: a real build would rewrite the site and the package under the other tests
 * running at the same time (the site's end-to-end tests serve that very build).
 */
function expectCachedBuilds() {
  const plan = JSON.parse(
    execFileSync(
      join(repository, 'node_modules/.bin/turbo'),
      ['run', 'build', '--filter=@corpus/web', '--dry=json'],
      { cwd: repository, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    ),
  ) as { tasks: { taskId: string; command: string; cache: { status: string } }[] };
  const uncached = plan.tasks
    .filter((task) => task.command !== '<NONEXISTENT>' && task.cache.status !== 'HIT')
    .map((task) => task.taskId);
  if (uncached.length > 0) {
    throw new Error(
      `${uncached.join(', ')} would build again: build first (npx --yes pnpm@12.4.2 build, as the ` +
        'test command does), then run the docs tests',
    );
  }
}
