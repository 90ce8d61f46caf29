import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset.js';
import { makeFixture } from '../test-support/fixture.js';
import { runCli } from '../test-support/run-cli.js';

const SITE = 'https://example.org/corpus-timeline';
const EVENT = 'central-work-conference-2015';

// In the test process, as the bin runs it (../cli.spec.ts spawns the built bin itself).
const run = (...args: string[]) => runCli('cite', ...args);

describe('corpus-data cite', () => {
  it.each(['bibtex', 'ris', 'csl'])(
    'cites an event in %s that reads back as the same event',
    (format) => {
      const { code, stdout, stderr } = run(EVENT, '--format', format, '--base-url', SITE);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const [item] = new Cite(format === 'csl' ? JSON.parse(stdout) : stdout).data;
      expect(item).toMatchObject({
        title: dataset.events.find((event) => event.id === EVENT)?.title,
        URL: `${SITE}/events/${EVENT}`,
        version: dataset.version,
      });
    },
  );

  it('prints an APA reference by default, retrieved on the day given', () => {
    const { code, stdout } = run(EVENT, '--base-url', SITE, '--accessed', '2026-12-02');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^corpus-timeline contributors\. \(n\.d\.\)\. Central Poverty/);
    expect(stdout).toContain(`Retrieved December 2, 2026, from ${SITE}/events/${EVENT}`);
    expect(stdout).toMatch(/, paragraph 13\.\n$/);
  });

  it('cites the whole dataset with --dataset, from another file with --data', () => {
    const folder = mkdtempSync(join(tmpdir(), 'corpus-cite-'));
    const file = join(folder, 'fixture.json');
    writeFileSync(file, JSON.stringify(makeFixture()));
    const { code, stdout } = run('--dataset', '--format', 'csl', '--data', file);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      { id: 'fixture', type: 'dataset', version: '1.0.0' },
    ]);
  });

  it('says on standard error that without --base-url the reference names no URL', () => {
    const { code, stdout, stderr } = run(EVENT, '--format', 'ris');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/^UR {2}- /m);
    expect(stderr).toBe('corpus-data: no --base-url given, so the reference names no URL\n');
  });

  it.each([
    [[], 2, 'cite needs an event ID or --dataset: corpus-data cite ID'],
    [[EVENT, '--dataset'], 2, 'cite takes an event ID or --dataset, not both'],
    [[EVENT, 'another'], 2, 'cite takes one event ID, got also "another"'],
    [
      [EVENT, '--format', 'mla'],
      2,
      'unknown --format "mla"; expected one of text, bibtex, ris, csl',
    ],
    [
      [EVENT, '--base-url', 'example.org'],
      2,
      'the site address must be an absolute URL, got "example.org" (--base-url, --accessed)',
    ],
    [['no-such-event', '--base-url', SITE], 1, 'there is no event "no-such-event" in the dataset'],
  ])('fails on %j with one line and exit %i', (args, exitCode, line) => {
    const { code, stderr } = run(...args);
    expect(code).toBe(exitCode);
    expect(stderr).toBe(`corpus-data: ${line}\n`);
  });
});
