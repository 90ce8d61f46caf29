import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parse.js';
import { makeFixture } from '../test-support/fixture.js';
import { toCsv } from './csv.js';
import { PACKAGE_FILES, toDataPackage } from './datapackage.js';

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
