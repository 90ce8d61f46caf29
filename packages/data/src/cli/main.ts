import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readSourceTexts, verifyCitations } from '../citations/verify.js';
import { CITE_USAGE, cite } from './cite.js';
import { dataset as bundled, type DeepReadonly } from '../dataset.js';
import { toCsv } from '../exports/csv.js';
import { toDataPackage } from '../exports/datapackage.js';
import { toIcs } from '../exports/ics.js';
import { toJson, toJsonSchema } from '../exports/json.js';
import { toAnnotations } from '../exports/annotations.js';
import { toJsonLd } from '../exports/jsonld.js';
import { formatProblems, parseDataset, type Problem } from '../parse.js';
import type { Dataset } from '../schema/dataset.js';

/** What the exit code says; documented in HELP and the package README. */
const EXIT = {
  /** The data has problems: not JSON, not a valid dataset, citations that miss their source. */
  badData: 1,
  /** The command cannot run as written: an unknown command or option, a bad argument. */
  usage: 2,
  /** A file or folder cannot be read or written. */
  io: 2,
  /** Anything else is a bug of this tool (EX_SOFTWARE in sysexits.h). */
  bug: 70,
} as const;

/** A failure the user can fix: printed as one line (or one line a problem), never with a stack. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const usage = (message: string) => new CliError(message, EXIT.usage);
const io = (message: string) => new CliError(message, EXIT.io);
const badData = (message: string) => new CliError(message, EXIT.badData);

/** Every option of every command, as node:util parseArgs reads them. */
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  data: { type: 'string' },
  sources: { type: 'string' },
  'base-url': { type: 'string' },
  dataset: { type: 'boolean' },
  accessed: { type: 'string' },
} as const;
type OptionName = keyof typeof OPTIONS;
type OptionValue<K extends OptionName> = (typeof OPTIONS)[K]['type'] extends 'string'
  ? string
  : boolean;
type Values = { [K in OptionName]?: OptionValue<K> };

interface Format {
  render: (data: DeepReadonly<Dataset>, values: Values) => string;
  /** Options only this format reads. */
  options?: readonly OptionName[];
  /** Whether the output depends on the dataset at all (the JSON Schema does not). */
  usesData?: false;
}

const FORMATS: Record<string, Format> = {
  json: { render: (data) => toJson(data) },
  csv: { render: (data) => toCsv(data) },
  ics: {
    render: (data, values) => toIcs(data, { baseUrl: baseUrlOf(values) }),
    options: ['base-url'],
  },
  jsonld: {
    render: (data, values) => toJsonLd(data, { baseUrl: baseUrlOf(values) }),
    options: ['base-url'],
  },
  schema: { render: () => toJsonSchema(), usesData: false },
  datapackage: { render: (data) => toDataPackage(data) },
  annotations: {
    render: (data, values) =>
      toAnnotations(data, {
        baseUrl: baseUrlOf(values),
        ...(values.sources !== undefined && { texts: checkedTexts(data, values.sources) }),
      }),
    options: ['base-url', 'sources'],
  },
};

interface Command {
  /** How to call it, for --help and for errors. */
  synopsis: string;
  /** What it does, for --help: a few lines, indented there. */
  description: string;
  /**
   * Names of the positional arguments it takes, in order; each is required. A command without
   * them checks its arguments itself.
   */
  positionals?: readonly string[];
  options: readonly OptionName[];
  run: (positionals: readonly string[], values: Values, output: CliOutput) => string;
}

const COMMANDS: Record<string, Command> = {
  validate: {
    synopsis: 'corpus-data validate FILE [--sources DIR]',
    description: `Check a dataset JSON file against the schemas and cross-record rules. With --sources,
also check every citation against the source texts in DIR.`,
    positionals: ['FILE'],
    options: ['sources'],
    run: ([file = ''], values) => validate(file, values.sources),
  },
  export: {
    synopsis: `corpus-data export --format FORMAT [--out FILE] [--data FILE] [--base-url URL] [--sources DIR]`,
    description: `Write the dataset as FORMAT to FILE (or standard output). FORMAT is one of
${Object.keys(FORMATS).join(', ')}. --data exports another dataset
file instead of the bundled facts; --base-url is the site address used in links (ics,
jsonld, annotations). annotations are W3C Web Annotations of every citation: positions,
and with --sources (the source texts, checked against their hashes) quotes too.`,
    positionals: [],
    options: ['format', 'out', 'data', 'base-url', 'sources'],
    run: (_positionals, values) => exportData(values),
  },
  cite: {
    ...CITE_USAGE,
    options: ['format', 'base-url', 'accessed', 'data', 'dataset'],
    run: (args, values, output) =>
      cite({
        args,
        dataset: values.data === undefined ? bundled : loadDataset(values.data),
        wholeDataset: values.dataset,
        format: values.format,
        baseUrl: values['base-url'],
        accessed: values.accessed,
        usage,
        badData,
        warn: (message) => {
          output.stderr(`corpus-data: ${message}\n`);
        },
      }),
  },
};

const HELP = `corpus-data — the corpus-timeline facts: validate, export and cite

Usage:
${Object.values(COMMANDS)
  .map(({ synopsis, description }) => `  ${synopsis}\n${indent(description, 6)}`)
  .join('\n')}
  corpus-data --help | --version

Exit codes:
  0  done
  ${EXIT.badData}  the data has problems: a file that is not JSON, not a valid dataset, or
     citations that do not match their source text (every problem is listed with its path)
  ${EXIT.usage}  the command cannot run as written (an unknown command or option, a missing or
     extra argument, an option value that cannot be used), or a file or folder cannot be read
     or written
  ${EXIT.bug} a bug in corpus-data itself: please report it with the message
`;

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => `${' '.repeat(spaces)}${line}`)
    .join('\n');
}

/** Reads a file the user named, saying in one line what stands in the way. */
function readText(file: string, what = file): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw io(`cannot read ${what}: ${reason(error, file)}`);
  }
}

function writeText(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw io(`cannot write ${file}: ${reason(error, file)}`);
  }
}

/** Why a file operation failed, in words: Node's codes (ENOENT…) mean little to most readers. */
function reason(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return isFolder(dirname(file))
        ? 'no such file'
        : `the folder ${dirname(file)} does not exist`;
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return `a part of the path is a file, not a folder`;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return code ?? String(error);
  }
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** The problems of a file, one a line, each naming the file, and a count. */
function problemLines(file: string, problems: readonly Problem[], noun: string): string {
  const lines = formatProblems(problems)
    .split('\n')
    .map((line) => `${file}: ${line}`);
  return `${lines.join('\n')}\n${file}: ${problems.length} ${noun}(s)`;
}

function loadDataset(file: string): DeepReadonly<Dataset> {
  const text = readText(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw badData(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const result = parseDataset(json);
  if (!result.success) throw badData(problemLines(file, result.problems, 'problem'));
  return result.data;
}

/** The --sources folder, which must be there before anything is read from it. */
function expectFolder(dir: string): void {
  if (isFolder(dir)) return;
  const what = statSync(dir, { throwIfNoEntry: false })
    ? 'it is a file, not a folder'
    : 'no such folder';
  throw io(`cannot read --sources ${dir}: ${what}`);
}

/** The source texts in DIR for quoting, refused unless each is the text the dataset records. */
function checkedTexts(data: DeepReadonly<Dataset>, dir: string): Map<string, string> {
  expectFolder(dir);
  const texts = readSourceTexts(data, dir);
  if (texts.size === 0) {
    const names = data.sources.map((source) => source.fileName).join(', ');
    throw io(`no source text of the dataset is in ${dir} (looked for ${names})`);
  }
  const wrong = verifyCitations(data, texts).problems.filter((p) => /\.text\.\w+$/.test(p.path));
  if (wrong.length > 0) throw badData(`${dir}: ${formatProblems(wrong)}`);
  return texts;
}

function validate(file: string, sources: string | undefined): string {
  if (sources !== undefined) expectFolder(sources);
  const data = loadDataset(file);
  const counts = `${data.events.length} events, ${data.places.length} places, ${data.people.length} people, ${data.organisations.length} organisations, ${data.figures.length} figures`;
  if (sources === undefined) return `${file}: valid (${counts})`;
  const report = verifyCitations(data, readSourceTexts(data, sources));
  if (report.problems.length > 0) {
    throw badData(problemLines(file, report.problems, 'citation problem'));
  }
  if (report.checked === 0) {
    const names = data.sources.map((source) => source.fileName).join(', ');
    throw io(`no source text of ${file} is in ${sources} (looked for ${names})`);
  }
  return `${file}: valid (${counts}); ${report.checked} citations checked against ${sources}, ${report.unchecked} unchecked`;
}

function exportData(values: Values): string {
  const name = values.format;
  const names = Object.keys(FORMATS);
  if (name === undefined) throw usage(`export needs --format (${names.join('|')})`);
  const format = FORMATS[name];
  if (!format) throw usage(`unknown --format "${name}"; expected one of ${names.join(', ')}`);
  for (const option of ['base-url', 'sources', 'data'] as const) {
    const applies =
      option === 'data' ? format.usesData !== false : format.options?.includes(option);
    if (values[option] !== undefined && !applies) {
      const users = names.filter((other) => FORMATS[other]?.options?.includes(option));
      throw usage(
        `--${option} does not apply to --format ${name}` +
          (users.length > 0 ? `, only to ${inWords(users)}` : ''),
      );
    }
  }
  const data = values.data === undefined ? bundled : loadDataset(values.data);
  const output = format.render(data, values);
  if (values.out === undefined) return output;
  writeText(values.out, output);
  return `wrote ${name} to ${values.out}`;
}

/** The --base-url value, which must be an address links can start from. */
function baseUrlOf(values: Values): string {
  const value = values['base-url'];
  if (value === undefined) return '';
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw usage(
      `--base-url "${value}" is not an absolute http(s) address such as https://example.org/`,
    );
  }
  return value;
}

/**
 * Reads the arguments with every option known to some command, then checks them against the
 * command given: parseArgs's own errors describe its internals, not this tool.
 */
function parse(argv: string[]) {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = OPTIONS[token.name as OptionName] as (typeof OPTIONS)[OptionName] | undefined;
    if (!option) {
      const guess = closest(token.name, Object.keys(OPTIONS));
      throw usage(
        `unknown option ${token.rawName}${guess ? ` (did you mean --${guess}?)` : ''}; try corpus-data --help`,
      );
    }
    if (option.type === 'string' && token.value === undefined) {
      throw usage(`${token.rawName} needs a value`);
    }
    if (option.type === 'boolean' && token.value !== undefined) {
      throw usage(`${token.rawName} takes no value`);
    }
  }
  return { values: values as Values, positionals };
}

/** `a`, `a and b`, `a, b and c`. */
function inWords(names: readonly string[]): string {
  return names.length <= 2
    ? names.join(' and ')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The known name nearest to a mistyped one, if it is near enough to be what was meant. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function run(argv: string[], output: CliOutput): string {
  const { values, positionals } = parse(argv);
  const [name, ...rest] = positionals;
  if (values.help || (name === undefined && !values.version)) return HELP;
  if (values.version) return bundled.version;

  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) throw usage(`unknown command "${name ?? ''}"; try corpus-data --help`);
  for (const option of Object.keys(values) as OptionName[]) {
    if (command.options.includes(option)) continue;
    const owners = Object.keys(COMMANDS).filter((other) =>
      COMMANDS[other]?.options.includes(option),
    );
    throw usage(
      `--${option} is not an option of ${name}${owners.length > 0 ? ` (it belongs to ${inWords(owners)})` : ''}: ${command.synopsis}`,
    );
  }
  const { positionals: names } = command;
  if (names) {
    const [missing] = names.slice(rest.length);
    if (missing !== undefined) throw usage(`${name} needs a ${missing}: ${command.synopsis}`);
    const extra = rest.slice(names.length);
    if (extra.length > 0) {
      throw usage(
        names.length === 0
          ? `${name} takes no argument, got "${extra.join(' ')}": ${command.synopsis}`
          : `${name} takes one ${names.join(' ')}, got also "${extra.join(' ')}"`,
      );
    }
  }
  return command.run(rest, values, output);
}

/** Where `corpus-data` writes: the process's streams in the bin, strings in the tests. */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * Runs `corpus-data ARGV`: writes its output, or one line (one a problem) of why not, and returns
 * the exit code. The bin (../cli.ts) is this with the process's arguments and streams.
 */
export function main(argv: readonly string[], output: CliOutput): number {
  try {
    const text = run([...argv], output);
    output.stdout(text.endsWith('\n') ? text : `${text}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.stderr(`corpus-data: ${message}\n`);
    return error instanceof CliError ? error.exitCode : EXIT.bug;
  }
}
