#!/usr/bin/env node
/**
 * The home page's JavaScript weight against the budget in weight-budget.json. Page weight is
 * deterministic, so CI enforces it; speed is left to the benchmarks. "First load" is every script
 * the prerendered page needs to start (SvelteKit's modulepreloads and the inline start imports,
 * with their static imports); "total" adds every chunk those scripts import lazily (the timeline,
 * the details panel). Sizes are gzip level 9, as a static host would send them.
 *
 * The README states the measured weights in a block only this script writes (`--write`); without
 * `--write` it fails when that block no longer says what the build weighs. Two builds of the same
 * code can differ by a few dozen bytes (chunk order), so a stated weight may be one tenth of a KB
 * off the measured one, no more; the budgets must be stated exactly.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const write = args.includes('--write');
const site = join(app, args.find((arg) => !arg.startsWith('--')) ?? 'build');
const readmePath = join(app, '..', '..', 'README.md');
const budget = JSON.parse(readFileSync(join(app, 'weight-budget.json'), 'utf8'));
const html = readFileSync(join(site, 'index.html'), 'utf8');

// Minified output quotes module paths with ', " or a backtick.
const STATIC_IMPORT = /(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** Site paths ("/_app/…") of the scripts `from` names, resolved against `from`'s own path. */
function imports(from, pattern) {
  const code = readFileSync(join(site, from), 'utf8');
  return [...code.matchAll(pattern)].map((match) => posix.resolve(posix.dirname(from), match[1]));
}

function closure(roots) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    if (!existsSync(join(site, path))) throw new Error(`${path} is referenced but not in ${site}`);
    seen.add(path);
    for (const next of imports(path, STATIC_IMPORT)) visit(next);
  };
  roots.forEach(visit);
  return seen;
}

// The timeline's own scripts are preloaded from the head too (marked data-preload="timeline") so
// they download alongside the page's code; they are counted with the timeline, not the first load.
const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((m) => m[0]);
if (!preloads.some((tag) => tag.includes('data-preload="timeline"'))) {
  console.error(
    'check-weight: the home page no longer preloads the timeline (data-preload="timeline")',
  );
  process.exit(1);
}
const entry = [
  ...preloads
    .filter((tag) => !tag.includes('data-preload="timeline"'))
    .flatMap((tag) => /\bhref="([^"]+\.js)"/.exec(tag)?.[1] ?? []),
  ...[...html.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]),
];
const firstLoad = closure(entry);
const lazyRoots = [...firstLoad].flatMap((path) => imports(path, DYNAMIC_IMPORT));
const total = closure([...firstLoad, ...lazyRoots]);

const gzip = (paths) =>
  [...paths].reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(site, path)), { level: 9 }).length,
    0,
  );
const measured = { firstLoadGzip: gzip(firstLoad), totalGzip: gzip(total) };
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('| home page JavaScript | files | gzip | budget |');
console.log('| --- | --- | --- | --- |');
console.log(
  `| first load | ${firstLoad.size} | ${kb(measured.firstLoadGzip)} | ${kb(budget.firstLoadGzip)} |`,
);
console.log(`| total | ${total.size} | ${kb(measured.totalGzip)} | ${kb(budget.totalGzip)} |`);

/** The README's sentence on page weight, between its markers, as the measurement words it. */
const BLOCK = /(<!-- weight: .*? -->\n)([\s\S]*?)(\n<!-- \/weight -->)/;
const statement = [
  `The home page sends ${kb(measured.firstLoadGzip)} of JavaScript (gzip) before the timeline starts`,
  `loading and ${kb(measured.totalGzip)} with the timeline and the details panel, against budgets of`,
  `${kb(budget.firstLoadGzip)} and ${kb(budget.totalGzip)} in \`apps/web/weight-budget.json\`.`,
].join('\n');
/** Whether the README's block words the measurement, its weights within one rounding step. */
function saysWhatWasMeasured(text) {
  const figures = /** @param {string} words */ (words) => words.match(/\d+\.\d KB/g) ?? [];
  const stated = figures(text);
  const expected = figures(statement);
  const words = /** @param {string} words */ (words) => words.replace(/\d+\.\d KB/g, 'N KB').trim();
  return (
    words(text) === words(statement) &&
    stated.length === expected.length &&
    stated.every((figure, index) => {
      const difference = Math.abs(parseFloat(figure) - parseFloat(expected[index] ?? ''));
      return index < 2 ? difference <= 0.1 + 1e-9 : difference === 0;
    })
  );
}

const readme = readFileSync(readmePath, 'utf8');
const block = BLOCK.exec(readme);
if (!block) {
  console.error('check-weight: README.md has no <!-- weight: … --> … <!-- /weight --> block');
  process.exit(1);
}
if (write) {
  writeFileSync(readmePath, readme.replace(BLOCK, `$1\n${statement}\n$3`));
  console.log('check-weight: wrote the weights into README.md');
} else if (!saysWhatWasMeasured(block[2] ?? '')) {
  console.error(
    'check-weight: README.md states other weights than this build has. Run\n' +
      '  node apps/web/scripts/check-weight.js --write\n' +
      `after a build and commit README.md. It should say:\n${statement}`,
  );
  process.exit(1);
}

const over = Object.entries(measured).filter(([key, value]) => value > budget[key]);
if (over.length > 0) {
  for (const [key, value] of over) {
    console.error(
      `check-weight: ${key} is ${kb(value)}, over its budget of ${kb(budget[key])} (weight-budget.json)`,
    );
  }
  process.exit(1);
}
