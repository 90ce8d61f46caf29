import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { repository } from './readmes.js';

// Reuse as a stranger does it: the package packed and installed with plain npm into a fresh
// project, the way the READMEs say (src/global-setup.ts), then imported, type-checked against and
// run from there.
const packageDir = join(repository, 'packages', 'data');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const consumer = inject('consumer');

function sh(command: string, args: string[], cwd = consumer): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The tarball the consumer installed, as its package.json records it. */
function tarball(): string {
  const manifest = JSON.parse(readFileSync(join(consumer, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  return resolve(consumer, (manifest.dependencies['@corpus/data'] ?? '').replace(/^file:/, ''));
}

const CONSUMER_SOURCE = `
import { createQueries, dataset, parseDataset, type Category, type Event } from '@corpus/data';
import { Event as EventSchema } from '@corpus/data/schema';
import { toCsv } from '@corpus/data/export';

const queries = createQueries(dataset);
const conference: Readonly<Pick<Event, 'title'>> | undefined = queries.event('central-work-conference-2015');
const lanes: Category[] = [...new Set(dataset.events.map((event) => event.category))];
const parsed = parseDataset({});
if (!parsed.success) console.log(parsed.problems.length);
const schemaIsZod: boolean = EventSchema.safeParse({}).success;
const csv: string = toCsv(dataset);
// @ts-expect-error the dataset is read-only all the way down
dataset.events[0].title = 'changed';
// @ts-expect-error categories are a closed set
const wrong: Category = 'parade';
console.log(conference?.title, lanes.length, schemaIsZod, csv.length, wrong);
`;

beforeAll(() => {
  writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_SOURCE);
});

describe('the packed package, installed with npm', () => {
  it('holds dist, the README, the changelog, the citation file and the licence, and no build tools or source maps', () => {
    const files = sh('tar', ['-tzf', tarball()])
      .split('\n')
      .filter(Boolean)
      .map((file) => file.replace(/^package\//, ''));
    expect(files.filter((file) => !file.startsWith('dist/')).sort()).toEqual([
      'CHANGELOG.md',
      'CITATION.cff',
      'LICENSE',
      'README.md',
      'package.json',
    ]);
    expect(files.filter((file) => file.startsWith('dist/tools/'))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files).toContain('dist/dataset.json');
    expect(files).toContain('dist/schema.json');
    expect(readFileSync(join(consumer, 'node_modules/@corpus/data/LICENSE'), 'utf8')).toMatch(
      /^MIT License\n/,
    );
  });

  it('points no file at a source map', () => {
    const installed = join(consumer, 'node_modules/@corpus/data/dist');
    const withMaps = readdirSync(installed, { recursive: true, encoding: 'utf8' }).filter(
      (file) =>
        /\.(?:js|d\.ts)$/.test(file) &&
        readFileSync(join(installed, file), 'utf8').includes('sourceMappingURL'),
    );
    expect(withMaps).toEqual([]);
  });

  it('imports from node as ESM with the validated facts', () => {
    const output = sh('node', [
      '--input-type=module',
      '-e',
      `import { dataset } from '@corpus/data';
       import data from '@corpus/data/dataset.json' with { type: 'json' };
       import schema from '@corpus/data/schema.json' with { type: 'json' };
       console.log(JSON.stringify({ frozen: Object.isFrozen(dataset.events[0]), same: data.events.length === dataset.events.length, schema: schema.$schema }));`,
    ]);
    expect(JSON.parse(output)).toEqual({
      frozen: true,
      same: true,
      schema: 'https://json-schema.org/draft/2020-12/schema',
    });
  });

  it.each([
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
    ['node16', { module: 'node16', moduleResolution: 'node16' }],
  ])('type-checks a consumer under moduleResolution %s', (_name, options) => {
    const tsconfig = join(consumer, `tsconfig.${_name}.json`);
    writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: 'es2022',
          strict: true,
          noEmit: true,
          types: [],
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      }),
    );
    expect(() => sh(process.execPath, [tsc, '-p', tsconfig])).not.toThrow();
  });

  it('ships CITATION.cff beside the code', () => {
    const installed = join(consumer, 'node_modules', '@corpus', 'data', 'CITATION.cff');
    expect(readFileSync(installed, 'utf8')).toMatch(/^cff-version: 1\.2\.0$/m);
  });

  it('runs the installed CLI', () => {
    const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(sh('npx', ['--no-install', 'corpus-data', '--version']).trim()).toBe(version.version);
    expect(
      sh('npx', ['--no-install', 'corpus-data', 'export', '--format', 'csv']).split('\r\n')[0],
    ).toMatch(/^id,title,category,/);
  });
});
