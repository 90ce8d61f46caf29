#!/usr/bin/env node
/**
 * Prints where the last test run's time went: the newest turbo run summary in .turbo/runs/ and
 * every workspace's Playwright results (playwright-report/results.json), as Markdown.
 * Usage: corpus-timings [--slowest N]   (run from anywhere inside the repository)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatFailures, formatReport, taskTimings, testTimings } from './timings.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @param {string} file */
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

function newestRunSummary() {
  const folder = join(root, '.turbo', 'runs');
  if (!existsSync(folder)) return undefined;
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(folder, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0];
}

let slowest = 10;
try {
  const { values } = parseArgs({
    options: { slowest: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(
      'Usage: corpus-timings [--slowest N]: the last run per turbo task and Playwright spec',
    );
    process.exit(0);
  }
  if (values.slowest !== undefined) {
    slowest = Number(values.slowest);
    if (!Number.isInteger(slowest) || slowest < 0)
      throw new Error(`--slowest must be a whole number, got "${values.slowest}"`);
  }
} catch (error) {
  console.error(`corpus-timings: ${/** @type {Error} */ (error).message}`);
  process.exit(2);
}

const summary = newestRunSummary();
if (!summary)
  console.log('corpus-timings: no turbo run summary yet (run the tests with --summarize)');
const workspaces = ['apps', 'packages']
  .flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group)).map((name) => join(root, group, name))
      : [],
  )
  .map((dir) => join(dir, 'playwright-report', 'results.json'))
  .filter((file) => existsSync(file));
const turbo = summary && readJson(summary);
const reports = workspaces.map(readJson);
console.log(formatReport({ turbo, slowest }));
for (const playwright of reports) console.log(formatReport({ playwright, slowest }));
// Last, so that the end of CI's log says why.
/** @param {string | undefined} file */
const readLog = (file) =>
  file && existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined;
const failures = formatFailures({
  tasks: turbo
    ? taskTimings(turbo).tasks.map((task) => ({ ...task, log: readLog(task.logFile) }))
    : [],
  tests: reports.flatMap(testTimings),
});
if (failures) console.log(failures);
