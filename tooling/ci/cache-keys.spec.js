/**
 * turbo's cache is only as correct as the inputs turbo.json declares. These tests copy the working
 * tree into a scratch repository, ask turbo (dry run, nothing executes) for the hash of every task
 * the test command runs, make one change, and check exactly which tasks would run again.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo');
/** The tasks of the README's test command: root package.json "test", `turbo run <tasks> --flags`. */
const TASKS = (() => {
  /** @type {{ scripts: { test: string } }} */
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const tasks = /^turbo run ((?:[\w:]+ )+)/.exec(manifest.scripts.test)?.[1];
  if (!tasks) throw new Error(`root package.json "test" is not \`turbo run <tasks> …\``);
  return tasks.trim().split(' ');
})();

let scratch = '';

/** @param {string} dir @param {string[]} args */
const git = (dir, args) =>
  execFileSync(
    'git',
    ['-c', 'user.name=cache-keys', '-c', 'user.email=cache@keys.invalid', ...args],
    {
      cwd: dir,
      stdio: 'pipe',
    },
  );

/**
 * turbo's plan for the test command (dry run): every task that would run.
 * @returns {{ taskId: string, hash: string, command: string, dependencies: string[] }[]}
 */
function plan() {
  const out = execFileSync(process.execPath, [turbo, 'run', ...TASKS, '--dry=json'], {
    cwd: scratch,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  return JSON.parse(out).tasks.filter((task) => task.command !== '<NONEXISTENT>');
}

/** Every task's hash, by `package#task`, for the tasks the test command runs. */
function hashes() {
  return new Map(plan().map((task) => [task.taskId, task.hash]));
}

/**
 * The tasks whose hash a change alters, sorted; the change is undone afterwards.
 * @param {string} file relative to the repository root
 * @param {string} addition text appended to it
 */
function rerunAfter(file, addition) {
  const path = join(scratch, file);
  const before = readFileSync(path, 'utf8');
  const base = hashes();
  appendFileSync(path, addition);
  try {
    const after = hashes();
    return [...after]
      .filter(([task, hash]) => base.get(task) !== hash)
      .map(([task]) => task)
      .sort();
  } finally {
    writeFileSync(path, before);
  }
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'corpus-cache-keys-'));
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    { cwd: root, encoding: 'utf8' },
  )
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    try {
      cpSync(join(root, file), join(scratch, file));
    } catch {
      // A file deleted in the working tree but still in the index: the scratch copy goes without.
    }
  }
  git(scratch, ['init', '-q']);
  git(scratch, ['add', '-A']);
  git(scratch, ['commit', '-qm', 'scratch']);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const DATA = ['@corpus/data#check', '@corpus/data#lint', '@corpus/data#test'];
const SITES = [
  '@corpus/web#build',
  '@corpus/web#build:hostile',
  '@corpus/web#build:scale',
  '@corpus/web#build:subpath',
  '@corpus/web#build:no-text',
];
const WEB_CHECKS = [
  '@corpus/web#check',
  '@corpus/web#lint',
  '@corpus/web#test',
  '@corpus/web#test:e2e',
];

// Each test asks turbo twice; on a loaded 2-core machine (the site builds run alongside) that
// can take longer than vitest's default 5 s. Nothing here is timed.
describe('the turbo cache', { timeout: 60_000 }, () => {
  it('runs every task of the test command', () => {
    const tasks = [...hashes().keys()];
    for (const task of [...DATA, ...SITES, ...WEB_CHECKS]) expect(tasks).toContain(task);
  });

  it('installs the browser at the start, beside the builds, not after them', () => {
    const tasks = new Map(plan().map((task) => [task.taskId, task]));
    expect(tasks.get('@corpus/web#test:e2e')?.dependencies).toContain('@corpus/playwright#browser');
    expect(tasks.get('@corpus/playwright#browser')?.dependencies).toEqual([]);
  });

  it("runs the web app's type check, lint and unit tests one after another", () => {
    // Each runs `svelte-kit sync`, which rewrites apps/web/.svelte-kit/types: two at once made
    // svelte-check fail on a file the other had just removed (ENOENT, fresh clone, 2026-12-03).
    const tasks = new Map(plan().map((task) => [task.taskId, task]));
    expect(tasks.get('@corpus/web#lint')?.dependencies).toContain('@corpus/web#check');
    expect(tasks.get('@corpus/web#test')?.dependencies).toContain('@corpus/web#lint');
  });

  it('re-runs the data tests, every site build and the e2e suite after a fact changes', () => {
    const rerun = rerunAfter('packages/data/src/facts/events.ts', '\n// changed\n');
    expect(rerun).toEqual(expect.arrayContaining([...DATA, ...SITES, ...WEB_CHECKS]));
    expect(
      rerun.filter((task) => task.startsWith('@corpus/ci') || task.startsWith('@corpus/serve')),
    ).toEqual([]);
  });

  it('re-runs nothing but formatting checks and the READMEs own tests after a README changes', () => {
    for (const [readme, docs] of [
      ['README.md', ['@corpus/docs#test', '@corpus/docs#test:site']],
      // The data package's README has no command that serves the site.
      ['packages/data/README.md', ['@corpus/docs#test']],
    ]) {
      const rerun = rerunAfter(readme, '\nmore words\n');
      expect(
        rerun.filter((task) => !/#lint(?::root)?$/.test(task)),
        readme,
      ).toEqual(docs);
    }
  });

  it('rebuilds the sites but leaves the data package alone after a component changes', () => {
    const rerun = rerunAfter('apps/web/src/lib/components/Controls.svelte', '\n<!-- changed -->\n');
    // The READMEs' commands that serve the site run again; their tests of the package do not.
    expect(rerun).toEqual([...SITES, ...WEB_CHECKS, '@corpus/docs#test:site'].sort());
  });

  it('re-runs the e2e suite after its harness or the static server changes', () => {
    expect(rerunAfter('tooling/playwright/index.js', '\n// changed\n')).toContain(
      '@corpus/web#test:e2e',
    );
    // @corpus/docs does not depend on @corpus/serve, whose server the start command runs: only
    // its declared inputs make the READMEs' site commands run again.
    expect(rerunAfter('tooling/serve/serve.js', '\n// changed\n')).toEqual(
      expect.arrayContaining(['@corpus/web#test:e2e', '@corpus/docs#test:site']),
    );
  });

  it('re-runs only the e2e suite and the web checks after an e2e spec changes', () => {
    const rerun = rerunAfter('apps/web/tests/timeline.spec.ts', '\n// changed\n');
    expect(rerun).toEqual([
      '@corpus/web#check',
      '@corpus/web#lint',
      '@corpus/web#test',
      '@corpus/web#test:e2e',
    ]);
  });

  it('rebuilds only the scale site after the synthetic data generator changes', () => {
    const rerun = rerunAfter('tooling/bench/synthetic.js', '\n// changed\n');
    expect(rerun).toEqual(
      expect.arrayContaining(['@corpus/web#build:scale', '@corpus/web#test:e2e']),
    );
    expect(
      rerun.filter(
        (task) =>
          task.startsWith('@corpus/data') ||
          ['@corpus/web#build', '@corpus/web#build:hostile'].includes(task),
      ),
    ).toEqual([]);
  });
});
