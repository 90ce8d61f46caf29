import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXT, makeFixture } from './test-support/fixture.js';

// The CLI is tested as built (dist/cli.js), the way users run it; turbo builds before testing.
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const folder = mkdtempSync(join(tmpdir(), 'corpus-cli-'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string) {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('corpus-data', () => {
  it('prints help with --help and with no command', () => {
    for (const args of [['--help'], []]) {
      const { code, stdout } = run(...args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^corpus-data — /);
      expect(stdout).toContain('export --format FORMAT');
    }
  });

  it('validates a good file and exits 0', () => {
    const { code, stdout } = run('validate', file('good.json', JSON.stringify(makeFixture())));
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /good\.json: valid \(2 events, 2 places, 1 people, 0 organisations, 1 figures\)/,
    );
  });

  it('lists every problem with its path and exits 1', () => {
    const input = makeFixture();
    input.events[0]!.date = { kind: 'on', date: '2019-02-30', basis: { kind: 'stated' } };
    input.events[1]!.places = ['atlantis'];
    const path = file('bad.json', JSON.stringify(input));
    const { code, stderr, stdout } = run('validate', path);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `corpus-data: ${path}: events[0] "lantern-assembly".date.date: "2019-02-30" is not a real calendar date`,
      `${path}: events[1] "hillfold-pears".places[0]: refers to "atlantis", which is not in places`,
      `${path}: 2 problem(s)`,
    ]);
  });

  it('checks citations against source texts with --sources', () => {
    const good = file('good.json', JSON.stringify(makeFixture()));
    file('fixture.txt', FIXTURE_TEXT);
    const { code, stdout } = run('validate', good, '--sources', folder);
    expect(code).toBe(0);
    expect(stdout).toMatch(/7 citations checked/);
  });

  it.each([
    [
      ['validate', '/nonexistent/data.json'],
      2,
      'corpus-data: cannot read /nonexistent/data.json: no such file',
    ],
    [['validate'], 2, 'corpus-data: validate needs a FILE: corpus-data validate FILE'],
    [
      ['export', '--format', 'pdf'],
      2,
      'corpus-data: unknown --format "pdf"; expected one of json, csv, ics, jsonld, schema, datapackage',
    ],
    [['export'], 2, 'corpus-data: export needs --format (json|csv|ics|jsonld|schema|datapackage)'],
    [['frobnicate'], 2, 'corpus-data: unknown command "frobnicate"; try corpus-data --help'],
  ])('fails on %j with one line and exit %i', (args, exitCode, line) => {
    const { code, stderr } = run(...args);
    expect(code).toBe(exitCode);
    expect(stderr).toBe(`${line}\n`);
  });

  it('fails on invalid JSON with one line naming the file', () => {
    const path = file('broken.json', '{"name": ');
    const { code, stderr } = run('validate', path);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^corpus-data: ${path} is not valid JSON: `));
  });

  it('fails on an unknown option with one line and no stack trace', () => {
    const { code, stderr } = run('export', '--fromat', 'csv');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^corpus-data: Unknown option '--fromat'/);
    expect(stderr).not.toMatch(/\bat \S+:\d+:\d+/);
  });

  it.each(['json', 'csv', 'ics', 'jsonld', 'schema', 'datapackage'])('exports %s', (format) => {
    const { code, stdout } = run('export', '--format', format);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(100);
  });

  it('exports another dataset to a file with --data and --out', () => {
    const out = join(folder, 'events.csv');
    const { code, stdout } = run(
      'export',
      '--format',
      'csv',
      '--data',
      file('good.json', JSON.stringify(makeFixture())),
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(`wrote csv to ${out}\n`);
    expect(readFileSync(out, 'utf8').split('\r\n')[1]).toMatch(/^lantern-assembly,/);
  });
});
