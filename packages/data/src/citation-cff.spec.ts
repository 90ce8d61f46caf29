import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DATASET_AUTHOR, DATASET_TITLE } from './exports/metadata.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(path, 'utf8');
const packageCff = read(join(packageDir, 'CITATION.cff'));
const rootCff = read(join(packageDir, '..', '..', 'CITATION.cff'));
const { version, files } = JSON.parse(read(join(packageDir, 'package.json'))) as {
  version: string;
  files: string[];
};

describe('CITATION.cff', () => {
  const cff = parse(packageCff) as Record<string, unknown>;

  it('has what Citation File Format 1.2.0 requires', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff.message === 'string' && cff.message.length > 0).toBe(true);
    expect(cff.title).toBe(DATASET_TITLE);
    expect(cff.authors).toEqual([{ name: DATASET_AUTHOR }]);
    expect(cff.type).toBe('dataset');
  });

  it("names the package's version", () => {
    expect(String(cff.version)).toBe(version);
  });

  it('is the same file at the repository root and in the package, which ships it', () => {
    expect(rootCff).toBe(packageCff);
    expect(files).toContain('CITATION.cff');
  });
});
