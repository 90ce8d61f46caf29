#!/usr/bin/env node
/**
 * Data throughput: how long @corpus/data takes to parse and validate 1k, 10k and 100k synthetic
 * events, and what importing the schemas costs against importing zod alone (fresh processes,
 * median of several runs, so the ratio is measured in one run on the same machine).
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseDataset } from '@corpus/data';
import { makeSyntheticDataset } from './synthetic.js';

const USAGE = `usage: node data-bench.js [--help]
  Parses and validates 1,000, 10,000 and 100,000 synthetic events with parseDataset (median of
  several runs each), then times importing @corpus/data/schema against importing zod alone in
  fresh processes. Prints Markdown tables; takes about a minute. No options besides --help.`;

const [arg] = process.argv.slice(2);
if (arg === '--help' || arg === '-h') {
  console.log(USAGE);
  process.exit(0);
}
if (arg !== undefined) {
  console.error(`data-bench: unknown argument "${arg}"\n${USAGE}`);
  process.exit(2);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(0)} ms`;

console.log('| events | parse + validate (median) | min–max | runs |');
console.log('| --- | --- | --- | --- |');
for (const count of [1_000, 10_000, 100_000]) {
  const input = JSON.parse(JSON.stringify(makeSyntheticDataset(count)));
  const runs = count === 100_000 ? 5 : 9;
  const times = [];
  parseDataset(input); // warm-up
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = parseDataset(input);
    times.push(performance.now() - started);
    if (!result.success)
      throw new Error(
        `the synthetic dataset is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`,
      );
  }
  console.log(
    `| ${count.toLocaleString('en')} | ${ms(median(times))} | ${ms(Math.min(...times))}–${ms(Math.max(...times))} | ${runs} |`,
  );
}

/** Wall time of a fresh Node process that imports `specifier` and exits. */
function importTime(specifier) {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }),
  );
}
const RUNS = 11;
const zod = [];
const schemas = [];
for (let i = 0; i < RUNS; i++) {
  zod.push(importTime('zod'));
  schemas.push(importTime('@corpus/data/schema'));
}
console.log('');
console.log('| import | median | min–max |');
console.log('| --- | --- | --- |');
console.log(`| zod | ${ms(median(zod))} | ${ms(Math.min(...zod))}–${ms(Math.max(...zod))} |`);
console.log(
  `| @corpus/data/schema | ${ms(median(schemas))} | ${ms(Math.min(...schemas))}–${ms(Math.max(...schemas))} |`,
);
console.log(`| ratio | ${(median(schemas) / median(zod)).toFixed(2)}× | target ≤ 1.2× |`);
