import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import frictionless from 'datapackage';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset.js';
import { parseDataset } from '../parse.js';
import { makeFixture } from '../test-support/fixture.js';
import { toCsv } from './csv.js';
import { PACKAGE_FILES, toDataPackage } from './datapackage.js';
import { toJson, toJsonSchema } from './json.js';

describe('toDataPackage', () => {
  const data = parseDataset(makeFixture()).data!;
  const descriptor = JSON.parse(toDataPackage(data)) as {
    name: string;
    version: string;
    resources: { name: string; path: string; schema: { fields: { name: string }[] } | string }[];
  };

  it('describes the CSV and JSON resources by their published file names', () => {
    expect(descriptor).toMatchObject({ name: 'fixture', version: '1.0.0' });
    expect(descriptor.resources.map((resource) => resource.path)).toEqual([
      PACKAGE_FILES.csv,
      PACKAGE_FILES.json,
    ]);
  });

  it('lists exactly the columns the CSV has, in order', () => {
    const [header]: string[][] = parse(toCsv(data), { to_line: 1 });
    const schema = descriptor.resources[0]?.schema;
    expect(typeof schema === 'object' && schema.fields.map((field) => field.name)).toEqual(header);
  });
});

/** The data package as published: the descriptor and its files, under their published names. */
function publish(csv = toCsv(dataset)): string {
  const folder = mkdtempSync(join(tmpdir(), 'corpus-datapackage-'));
  writeFileSync(join(folder, 'datapackage.json'), toDataPackage(dataset));
  writeFileSync(join(folder, PACKAGE_FILES.csv), csv);
  writeFileSync(join(folder, PACKAGE_FILES.json), toJson(dataset));
  writeFileSync(join(folder, PACKAGE_FILES.schema), toJsonSchema());
  return folder;
}

/** Every row of every tabular resource, cast to its declared types; failing rows come back as errors. */
async function castAll(folder: string) {
  const pack = await frictionless.Package.load(join(folder, 'datapackage.json'));
  const tables = pack.resources.filter((resource) => resource.tabular);
  const rows = await Promise.all(
    tables.map((resource) => resource.read({ keyed: true, cast: true, forceCast: true })),
  );
  // A failing row is one error holding each of its cells' errors.
  const errors = rows
    .flat()
    .filter((row) => row instanceof Error)
    .flatMap((error) => (error as Error & { errors?: Error[] }).errors ?? [error])
    .map((error) => error.message);
  return { pack, tables, rows, errors };
}

describe('the published data package, read by the Frictionless libraries', () => {
  it('has a valid descriptor and every row casts to its declared types and constraints', async () => {
    const { pack, tables, rows, errors } = await castAll(publish());
    expect(pack.errors).toEqual([]);
    expect(pack.valid).toBe(true);
    expect(tables.map((resource) => resource.name)).toEqual(['events']);
    expect(rows[0]).toHaveLength(dataset.events.length);
    expect(errors).toEqual([]);
    const [first] = rows[0] as Record<string, unknown>[];
    expect(first?.earliest_day).toEqual(new Date('2015-11-27T00:00:00Z'));
  });

  it('reports a row whose date does not cast', async () => {
    const lines = toCsv(dataset).split('\r\n');
    lines[1] = lines[1]!.replace(',2015-11-27,2015-11-28,', ',2015-11-31,2015-11-28,');
    const { errors } = await castAll(publish(lines.join('\r\n')));
    expect(errors).toEqual([expect.stringMatching(/"2015-11-31" in column "earliest_day"/)]);
  });
});
