import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataset as bundled } from '@corpus/data';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './data';

const folder = mkdtempSync(join(tmpdir(), 'corpus-web-data-'));
function file(name: string, content: string) {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('loadDataset', () => {
  it('uses the bundled facts when no file is named', () => {
    expect(loadDataset('')).toBe(bundled);
  });

  it('reads a valid dataset file', () => {
    const data = loadDataset(file('good.json', JSON.stringify(bundled)));
    expect(data.events).toHaveLength(bundled.events.length);
  });

  it('stops the build naming the record and field of every problem', () => {
    const broken = structuredClone(bundled) as unknown as {
      events: { date: unknown }[];
      places: { parents: string[] }[];
    };
    broken.events[0]!.date = { kind: 'on', date: '2019-02-30', basis: { kind: 'stated' } };
    broken.places[1]!.parents = ['atlantis'];
    const path = file('bad.json', JSON.stringify(broken));
    expect(() => loadDataset(path)).toThrow(
      new RegExp(
        `CORPUS_DATASET=${path} is not a valid dataset:\\n` +
          `events\\[0\\] "central-work-conference-2015"\\.date\\.date: "2019-02-30" is not a real calendar date\\n` +
          `places\\[1\\] "[a-z-]+"\\.parents\\[0\\]: refers to "atlantis", which is not in places`,
      ),
    );
  });

  it('says when the file is not JSON', () => {
    const path = file('broken.json', '{ "events": ');
    expect(() => loadDataset(path)).toThrow(`CORPUS_DATASET=${path} cannot be read as JSON`);
  });
});
