#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readSourceTexts, verifyCitations } from './citations/verify.js';
import { CITE_HELP, cite } from './cli/cite.js';
import { dataset as bundled, type DeepReadonly } from './dataset.js';
import { toCsv } from './exports/csv.js';
import { toDataPackage } from './exports/datapackage.js';
import { toIcs } from './exports/ics.js';
import { toJson, toJsonSchema } from './exports/json.js';
import { toAnnotations } from './exports/annotations.js';
import { toJsonLd } from './exports/jsonld.js';
import { formatProblems, parseDataset } from './parse.js';
import type { Dataset } from './schema/dataset.js';

const HELP = `corpus-data — the corpus-timeline facts: validate and export

Usage:
  corpus-data validate FILE [--sources DIR]
      Check a dataset JSON file against the schemas and cross-record rules. With --sources,
      also check every citation against the source texts in DIR. Exit 0 when valid, 1 with
      every problem and its path when not.
  corpus-data export --format FORMAT [--out FILE] [--data FILE] [--base-url URL] [--sources DIR]
      Write the dataset as FORMAT to FILE (or standard output). FORMAT is one of
      json, csv, ics, jsonld, schema, datapackage, annotations. --data exports another dataset
      file instead of the bundled facts; --base-url is the site address used in links (ics,
      jsonld, annotations). annotations are W3C Web Annotations of every citation: positions,
      and with --sources (the source texts, checked against their hashes) quotes too.
${CITE_HELP}
  corpus-data --help | --version
`;

const FORMATS = ['json', 'csv', 'ics', 'jsonld', 'schema', 'datapackage', 'annotations'] as const;
type Format = (typeof FORMATS)[number];

/** A failure the user can fix: printed as one line, never with a stack trace. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : String(code)}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`, 1);
  }
}

function loadDataset(file: string): DeepReadonly<Dataset> {
  const result = parseDataset(readJson(file));
  if (!result.success) {
    const lines = formatProblems(result.problems)
      .split('\n')
      .map((line) => `${file}: ${line}`);
    throw new UsageError(`${lines.join('\n')}\n${file}: ${result.problems.length} problem(s)`, 1);
  }
  return result.data;
}

function validate(file: string, sources: string | undefined): string {
  const data = loadDataset(file);
  const counts = `${data.events.length} events, ${data.places.length} places, ${data.people.length} people, ${data.organisations.length} organisations, ${data.figures.length} figures`;
  if (sources === undefined) return `${file}: valid (${counts})`;
  const report = verifyCitations(data, readSourceTexts(data, sources));
  if (report.problems.length > 0) {
    throw new UsageError(
      `${formatProblems(report.problems)
        .split('\n')
        .map((line) => `${file}: ${line}`)
        .join('\n')}\n${file}: ${report.problems.length} citation problem(s)`,
      1,
    );
  }
  if (report.checked === 0)
    throw new UsageError(`no source text of ${file} was found in ${sources}`, 1);
  return `${file}: valid (${counts}); ${report.checked} citations checked against ${sources}, ${report.unchecked} unchecked`;
}

/** The source texts in DIR for quoting, refused unless each is the text the dataset records. */
function checkedTexts(data: DeepReadonly<Dataset>, dir: string): Map<string, string> {
  const texts = readSourceTexts(data, dir);
  if (texts.size === 0)
    throw new UsageError(`no source text of the dataset was found in ${dir}`, 1);
  const wrong = verifyCitations(data, texts).problems.filter((p) => /\.text\.\w+$/.test(p.path));
  if (wrong.length > 0) throw new UsageError(`${dir}: ${formatProblems(wrong)}`, 1);
  return texts;
}

function render(
  format: Format,
  data: DeepReadonly<Dataset>,
  baseUrl: string,
  sources: string | undefined,
): string {
  switch (format) {
    case 'json':
      return toJson(data);
    case 'csv':
      return toCsv(data);
    case 'ics':
      return toIcs(data, { baseUrl });
    case 'jsonld':
      return toJsonLd(data, { baseUrl });
    case 'schema':
      return toJsonSchema();
    case 'datapackage':
      return toDataPackage(data);
    case 'annotations':
      return toAnnotations(data, {
        baseUrl,
        ...(sources !== undefined && { texts: checkedTexts(data, sources) }),
      });
  }
}

function run(argv: string[]): string {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      data: { type: 'string' },
      sources: { type: 'string' },
      'base-url': { type: 'string' },
      dataset: { type: 'boolean' },
      accessed: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || (command === undefined && !values.version)) return HELP;
  if (values.version) return bundled.version;

  if (command === 'validate') {
    const [file, extra] = rest;
    if (file === undefined)
      throw new UsageError('validate needs a FILE: corpus-data validate FILE');
    if (extra !== undefined) throw new UsageError(`validate takes one FILE, got also "${extra}"`);
    return validate(file, values.sources);
  }
  if (command === 'export') {
    if (rest.length > 0)
      throw new UsageError(`export takes no FILE argument, got "${rest.join(' ')}"`);
    const format = values.format;
    if (format === undefined) throw new UsageError(`export needs --format (${FORMATS.join('|')})`);
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`unknown --format "${format}"; expected one of ${FORMATS.join(', ')}`);
    }
    const data = values.data === undefined ? bundled : loadDataset(values.data);
    const output = render(format as Format, data, values['base-url'] ?? '', values.sources);
    if (values.out === undefined) return output;
    try {
      writeFileSync(values.out, output);
    } catch (error) {
      throw new UsageError(
        `cannot write ${values.out}: ${String((error as NodeJS.ErrnoException).code)}`,
        1,
      );
    }
    return `wrote ${format} to ${values.out}`;
  }
  if (command === 'cite') {
    const dataset = values.data === undefined ? bundled : loadDataset(values.data);
    const { format, 'base-url': baseUrl, accessed } = values;
    const usage = (message: string) => new UsageError(message);
    return cite({
      args: rest,
      dataset,
      wholeDataset: values.dataset,
      format,
      baseUrl,
      accessed,
      usage,
    });
  }
  throw new UsageError(`unknown command "${command}"; try corpus-data --help`);
}

try {
  const output = run(process.argv.slice(2));
  process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`corpus-data: ${message}\n`);
  const isBadOption = String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
  process.exitCode = error instanceof UsageError ? error.exitCode : isBadOption ? 2 : 1;
}
