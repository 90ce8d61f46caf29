import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Reuse as a stranger does it: pack the built package, install the tarball with plain npm into a
// fresh project, then import it, type-check against it and run its CLI.
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const consumer = mkdtempSync(join(tmpdir(), 'corpus-consumer-'));

function sh(command: string, args: string[], cwd = consumer): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
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
  const packs = join(consumer, 'packs');
  mkdirSync(packs);
  execFileSync('pnpm', ['pack', '--pack-destination', packs], { cwd: packageDir, stdio: 'ignore' });
  const [tarball] = readdirSync(packs).filter((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball to ${packs}`);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(packs, tarball)]);
  writeFileSync(join(consumer, 'consumer.ts'), CONSUMER_SOURCE);
}, 300_000);

describe('the packed package, installed with npm', () => {
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
