import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXT, makeFixture } from '../test-support/fixture.js';
import { runCli as run } from '../test-support/run-cli.js';

// In the test process, as the bin runs it (../cli.spec.ts spawns the built bin itself).
const folder = mkdtempSync(join(tmpdir(), 'corpus-cli-'));

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
      'corpus-data: cannot read /nonexistent/data.json: the folder /nonexistent does not exist',
    ],
    [
      ['validate'],
      2,
      'corpus-data: validate needs a FILE: corpus-data validate FILE [--sources DIR]',
    ],
    [
      ['export', '--format', 'pdf'],
      2,
      'corpus-data: unknown --format "pdf"; expected one of json, csv, ics, jsonld, schema, datapackage, annotations',
    ],
    [
      ['export'],
      2,
      'corpus-data: export needs --format (json|csv|ics|jsonld|schema|datapackage|annotations)',
    ],
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

  it('fails on an unknown option with one line, a guess and no stack trace', () => {
    const { code, stderr } = run('export', '--fromat', 'csv');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'corpus-data: unknown option --fromat (did you mean --format?); try corpus-data --help\n',
    );
  });

  it.each([
    [['export', '--format'], '--format needs a value'],
    [['--version=1'], '--version takes no value'],
    [
      ['validate', 'data.json', '--format', 'csv'],
      '--format is not an option of validate (it belongs to export and cite): corpus-data validate FILE [--sources DIR]',
    ],
    [
      ['export', '--format', 'csv', '--sources', '.'],
      '--sources does not apply to --format csv, only to annotations',
    ],
    [
      ['validate', 'data.json', '--out', 'x.json'],
      '--out is not an option of validate (it belongs to export): corpus-data validate FILE [--sources DIR]',
    ],
    [
      ['export', '--format', 'ics', '--base-url', 'notaurl'],
      '--base-url "notaurl" is not an absolute http(s) address such as https://example.org/',
    ],
    [
      ['export', '--format', 'jsonld', '--base-url', 'notaurl'],
      '--base-url "notaurl" is not an absolute http(s) address such as https://example.org/',
    ],
    [
      ['export', '--format', 'csv', '--base-url', 'https://example.org/'],
      '--base-url does not apply to --format csv, only to ics, jsonld and annotations',
    ],
    [
      ['export', '--format', 'schema', '--data', 'data.json'],
      '--data does not apply to --format schema',
    ],
  ])('rejects the usage %j with one line and exit 2', (args, message) => {
    const { code, stderr, stdout } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`corpus-data: ${message}\n`);
  });

  it('fails with exit 2 on a FILE that does not exist', () => {
    const path = join(folder, 'nothing.json');
    const { code, stderr } = run('validate', path);
    expect(code).toBe(2);
    expect(stderr).toBe(`corpus-data: cannot read ${path}: no such file\n`);
  });

  it('fails with exit 2 on a folder given as FILE', () => {
    const { code, stderr } = run('validate', folder);
    expect(code).toBe(2);
    expect(stderr).toBe(`corpus-data: cannot read ${folder}: it is a folder, not a file\n`);
  });

  it('fails with exit 2 on --out into a folder that does not exist', () => {
    const out = join(folder, 'missing', 'events.csv');
    const { code, stderr } = run('export', '--format', 'csv', '--out', out);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `corpus-data: cannot write ${out}: the folder ${join(folder, 'missing')} does not exist\n`,
    );
  });

  it('fails with exit 2 when --sources names no folder or one without the text', () => {
    const good = file('good.json', JSON.stringify(makeFixture()));
    const missing = run('validate', good, '--sources', '/nonexistent');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'corpus-data: cannot read --sources /nonexistent: no such folder\n',
    );

    const empty = mkdtempSync(join(tmpdir(), 'corpus-cli-empty-'));
    const elsewhere = run('validate', good, '--sources', empty);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toBe(
      `corpus-data: no source text of ${good} is in ${empty} (looked for fixture.txt)\n`,
    );
  });

  it('documents its exit codes in --help', () => {
    const { stdout } = run('--help');
    expect(stdout).toMatch(/^Exit codes:\n {2}0 {2}done\n {2}1 {2}the data has problems/m);
    expect(stdout).toMatch(/^ {2}2 {2}the command cannot run as written/m);
  });

  it('exports with a base URL for links', () => {
    const { code, stdout } = run('export', '--format', 'ics', '--base-url', 'https://example.org/');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^URL:https:\/\/example\.org\/events\//m);
  });

  it.each(['json', 'csv', 'ics', 'jsonld', 'schema', 'datapackage', 'annotations'])(
    'exports %s',
    (format) => {
      const { code, stdout } = run('export', '--format', format);
      expect(code).toBe(0);
      expect(stdout.length).toBeGreaterThan(100);
    },
  );

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

  it('exports annotations with quotes from --sources, and refuses a changed text', () => {
    const good = file('good.json', JSON.stringify(makeFixture()));
    const texts = mkdtempSync(join(tmpdir(), 'corpus-texts-'));
    writeFileSync(join(texts, 'fixture.txt'), FIXTURE_TEXT);
    const quoted = run('export', '--format', 'annotations', '--data', good, '--sources', texts);
    expect(quoted.code).toBe(0);
    expect(quoted.stdout).toContain('"type": "TextQuoteSelector"');

    writeFileSync(join(texts, 'fixture.txt'), FIXTURE_TEXT.replace('Riverton', 'Rivertan'));
    const refused = run('export', '--format', 'annotations', '--data', good, '--sources', texts);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      new RegExp(
        `^corpus-data: ${texts}: sources\\[0\\] "fixture-source"\\.text\\.sha256: the text's SHA-256 is [0-9a-f]{64}, not the recorded [0-9a-f]{64}\n$`,
      ),
    );
  });
});
