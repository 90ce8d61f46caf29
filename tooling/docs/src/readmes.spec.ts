import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import semver from 'semver';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { commandsOf, expectedOutput, missingLines, type Command } from './markdown.js';
import {
  READMES,
  allBlocks,
  blocksMarked,
  installCommand,
  readmeText,
  repository,
  where,
  type ReadmeBlock,
} from './readmes.js';

// Every command and snippet the READMEs show runs here, the way a reader would run it, and fails
// the test command when it stops doing what the README says (see markdown.ts for the markers).
// Those that serve the built site run in site.spec.ts, after the site's build.
const consumer = inject('consumer');
const blocks = allBlocks();
const require = createRequire(import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const rootManifest = readJson(join(repository, 'package.json')) as {
  packageManager: string;
  engines: { node: string };
  scripts: Record<string, string>;
};
const dataManifest = readJson(join(repository, 'packages/data/package.json')) as {
  version: string;
  engines: { node: string };
};
/** How the READMEs run pnpm: through npx, at the version the repository pins. */
const PNPM = `npx --yes ${rootManifest.packageManager}`;

/** Files a snippet may be given (`docs: …, given FILE`), made in the consumer project. */
const GIVEN: Record<string, () => string> = {
  // Our dataset with three mistakes of different kinds, which one pass must all find.
  'changed.json': () => {
    const data = readJson(require.resolve('@corpus/data/dataset.json', { paths: [consumer] })) as {
      events: { id: string; date: { end?: string }; title?: string; places: string[] }[];
    };
    const event = (id: string) => {
      const found = data.events.find((candidate) => candidate.id === id);
      if (!found) throw new Error(`the dataset has no event "${id}"`);
      return found;
    };
    event('central-work-conference-2015').date.end = '2015-11-31';
    delete event('decisive-victory-symposium-2020').title;
    event('shaanxi-inspection-2020').places.push('atlantis');
    return JSON.stringify(data);
  },
};

const byMode = (mode: string) => blocksMarked(blocks, mode);
const missingSetting = (block: ReadmeBlock) =>
  block.marker?.needs.find((name) => !process.env[name]);

function runShell(command: Command, cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', command.command], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function expectCommand(block: ReadmeBlock, command: Command, cwd: string) {
  const { code, output } = runShell(command, cwd);
  const context = `${where(block)}: ${command.command}\n${output}`;
  expect(code, context).toBe(command.exitCode);
  expect(missingLines(output, command.expect), context).toEqual([]);
}

function prepare(block: ReadmeBlock) {
  for (const name of block.marker?.given ?? []) {
    const make = GIVEN[name];
    if (!make) throw new Error(`${where(block)}: no file "${name}" to give; add it to GIVEN`);
    writeFileSync(join(consumer, name), make());
  }
}

/** Blocks that need a setting run only where it is set; elsewhere the run says it skipped them. */
function itWhereSet(block: ReadmeBlock, name: string, test: () => void | Promise<void>) {
  const missing = missingSetting(block);
  if (missing) {
    console.warn(`[docs] ${where(block)} SKIPPED: set ${missing} to run it`);
  }
  it.runIf(!missing)(name, test);
}

describe('every README block', () => {
  it.each(blocks.map((block) => [where(block), block] as const))(
    '%s says how it is tested',
    (_where, block) => {
      expect(
        block.marker,
        `${where(block)} needs a <!-- docs: … --> comment above it`,
      ).toBeDefined();
    },
  );

  it.each(READMES)('%s runs pnpm one way, the pinned version through npx', (readme) => {
    const text = readmeText(readme);
    const inline = [...text.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map(
      (match) => match[1] ?? '',
    );
    const fenced = blocks
      .filter((block) => block.readme === readme && block.lang === 'sh')
      .flatMap((block) => commandsOf(block.code).flatMap(({ command }) => command.split(' && ')));
    const pnpmRuns = [...inline, ...fenced].filter((code) =>
      /^(?:npx\s+(?:--yes\s+)?)?pnpm(?:@\S+)?\s/.test(code),
    );
    expect(pnpmRuns).not.toEqual([]);
    for (const run of pnpmRuns) expect(run.startsWith(`${PNPM} `), `${readme}: ${run}`).toBe(true);
  });
});

describe('the quick start', () => {
  const [serves, ...others] = byMode('serves');
  const [testCommand] = byMode('test-command');

  it('has one command to serve the site and one test command, which .ci/run reads', () => {
    expect(others).toEqual([]);
    expect(testCommand?.readme).toBe('README.md');
    expect(commandsOf(testCommand?.code ?? '')).toHaveLength(1);
    const ciRun = readFileSync(join(repository, '.ci/run'), 'utf8');
    expect(ciRun).toContain(
      "sed -n '/<!-- test-command -->/,/<!-- \\/test-command -->/p' README.md",
    );
  });

  it('installs the way the test command does, which .ci/run runs on a clean checkout', () => {
    const install = (block?: ReadmeBlock) =>
      commandsOf(block?.code ?? '')[0]?.command.split(' && ')[0];
    expect(install(serves)).toBe(install(testCommand));
    expect(install(serves)).toBe(`${PNPM} install --frozen-lockfile`);
  });

  it('lists every root task, and only those', () => {
    const [tasks] = byMode('tasks');
    const documented = [...blocks]
      .filter((block) => block.lang === 'sh')
      .flatMap((block) => commandsOf(block.code))
      .flatMap(({ command }) => command.split(' && '))
      .flatMap((command) =>
        command.startsWith(`${PNPM} `) ? [command.slice(PNPM.length + 1).split(' ')[0] ?? ''] : [],
      );
    const listed = commandsOf(tasks?.code ?? '').map(({ command }) => {
      expect(command.startsWith(`${PNPM} `), command).toBe(true);
      return command.slice(PNPM.length + 1).split(' ')[0] ?? '';
    });
    const scripts = Object.entries(rootManifest.scripts);
    // Scripts only other scripts run (lint:root, run by lint) need no line of their own.
    const internal = new Set(
      scripts
        .filter(([name]) => scripts.some(([, body]) => body.split(' ').includes(name)))
        .map(([name]) => name),
    );
    for (const task of listed) expect(rootManifest.scripts, task).toHaveProperty([task]);
    const undocumented = scripts
      .map(([name]) => name)
      .filter((name) => !internal.has(name) && !documented.includes(name));
    expect(undocumented).toEqual([]);
  });
});

describe('the settings', () => {
  it('are the ones turbo lets through to the tasks, no more and no fewer', () => {
    // Every table of settings: its header's first column says "setting".
    const tables = readmeText('README.md').match(/^\| setting .*\n(?:\|.*\n)+/gm) ?? [];
    const documented = tables.flatMap((table) =>
      [...table.matchAll(/^\| `([A-Z0-9_]+)`/gm)].map((match) => match[1]),
    );
    const turbo = readJson(join(repository, 'turbo.json')) as {
      globalEnv?: string[];
      globalPassThroughEnv?: string[];
      tasks: Record<string, { env?: string[]; passThroughEnv?: string[] }>;
    };
    const declared = new Set([
      ...(turbo.globalEnv ?? []),
      ...(turbo.globalPassThroughEnv ?? []),
      ...Object.values(turbo.tasks).flatMap((task) => [
        ...(task.env ?? []),
        ...(task.passThroughEnv ?? []),
      ]),
    ]);
    expect(documented.sort()).toEqual([...declared].sort());
  });
});

/**
 * Packages whose engines field is known to be out of date: it names old Node.js lines only, while
 * the package runs on ours, as the tests that use it show on every line CI tests.
 */
const STALE_ENGINES = new Set([
  // Declares Node.js ≤ 16 (see ../shared/STACK.md); the source reader's tests run it.
  '@apache-annotator/selector',
]);

describe('the Node.js versions', () => {
  const range = rootManifest.engines.node;
  /** `^20.19.0 || ^22.13.0 || >=24` as the READMEs write it: ^20.19.0, ^22.13.0 or ≥ 24. */
  const spelled = range
    .split('||')
    .map((part) => part.trim().replace(/^>=/, '≥ '))
    .join(', ')
    .replace(/, ([^,]+)$/, ' or $1');

  it('are the same in every package and in both READMEs', () => {
    expect(dataManifest.engines.node).toBe(range);
    for (const readme of READMES) expect(readmeText(readme), readme).toContain(spelled);
  });

  it('are all the locked packages run on', () => {
    const lockfile = readFileSync(join(repository, 'pnpm-lock.yaml'), 'utf8');
    const tooNarrow = [
      ...lockfile.matchAll(/^ {2}'?(\S+?)'?:\n(?: {4}.*\n)*? {4}engines: \{node: '?([^',}]+)'?/gm),
    ]
      .filter(([, name]) => !STALE_ENGINES.has(name?.replace(/@[^@]+$/, '') ?? ''))
      .filter(([, , engines]) => !semver.subset(range, engines ?? '*'))
      .map(([, name, engines]) => `${name ?? ''} needs ${engines ?? ''}`);
    expect(tooNarrow).toEqual([]);
  });
});

describe('the packed package', () => {
  it('is packed where the README says and installed with its one install command', () => {
    expect(existsSync(join(repository, 'corpus-data.tgz'))).toBe(true);
    expect(installCommand(blocks)).toBe('npm install ../corpus-timeline/corpus-data.tgz');
    const manifest = readJson(join(consumer, 'package.json')) as {
      dependencies: Record<string, string>;
    };
    expect(manifest.dependencies['@corpus/data']).toBe('file:../corpus-timeline/corpus-data.tgz');
  });
});

describe('the commands', () => {
  for (const block of byMode('repository')) {
    itWhereSet(block, `${where(block)} run at the root of the checkout`, () => {
      for (const command of commandsOf(block.code)) expectCommand(block, command, repository);
    });
  }
  for (const block of byMode('consumer').filter((candidate) => candidate.lang === 'sh')) {
    itWhereSet(block, `${where(block)} run in a project that installed the package`, () => {
      prepare(block);
      for (const command of commandsOf(block.code)) {
        // The install ran once for every test (global-setup.ts).
        if (command.command !== installCommand(blocks)) expectCommand(block, command, consumer);
      }
    });
  }
});

describe('the TypeScript snippets', () => {
  const snippets = byMode('consumer').filter((block) => block.lang === 'ts');
  const fileOf = (block: ReadmeBlock) =>
    `snippet-${block.readme.replace(/\W+/g, '-')}-${block.line}`;

  beforeAll(() => {
    for (const block of snippets) writeFileSync(join(consumer, `${fileOf(block)}.ts`), block.code);
    writeFileSync(
      join(consumer, 'tsconfig.snippets.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          target: 'es2022',
          strict: true,
          // The package's own declarations are checked in package.spec.ts; here only the snippets.
          skipLibCheck: true,
          // The snippets may use Node's own modules; the consumer project has no @types/node.
          typeRoots: [join(require.resolve('@types/node/package.json'), '..', '..')],
          types: ['node'],
        },
        files: snippets.map((block) => `${fileOf(block)}.ts`),
      }),
    );
  });

  it('type-check against the installed package', () => {
    const result = spawnSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.snippets.json'],
      { cwd: consumer, encoding: 'utf8' },
    );
    expect(result.stdout, result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  for (const block of snippets) {
    itWhereSet(block, `${where(block)} runs and prints what its comments say`, () => {
      prepare(block);
      const result = spawnSync(process.execPath, [`${fileOf(block)}.js`], {
        cwd: consumer,
        encoding: 'utf8',
      });
      const output = `${result.stdout}${result.stderr}`;
      expect(result.status, output).toBe(0);
      expect(missingLines(output, expectedOutput(block.code)), output).toEqual([]);
    });
  }
});
