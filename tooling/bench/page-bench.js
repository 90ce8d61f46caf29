#!/usr/bin/env node
/**
 * Page benchmark: the app against a bare vis-timeline page and a TimelineJS3 page drawing the
 * same items, for the real dataset and synthetic ones of 1,000 and 10,000 (or more) events, in
 * headless Chromium. It builds what it
 * serves (see page/build.js), loads each page once to warm up and then --runs times, each in a
 * fresh browser context, and prints a markdown table of medians and ranges with the app's cost
 * as a multiple of the baseline's from the same run. It reports; it asserts nothing about times.
 * Usage: node page-bench.js [--runs N] [--sizes real,1000,10000] [--skip-build] [--timeout S]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, INSTALL_HINT, findBrowser } from '@corpus/playwright';
import { startServer } from '@corpus/serve';
import { BENCH, buildAll, checkBuilt, sitesOf, sizeLabel } from './page/build.js';
import { measure } from './page/measure.js';
import { USAGE, UsageError, parseOptions } from './page/options.js';
import { DEFINITIONS, machine, toMarkdown } from './page/report.js';

/** @typedef {import('./page/report.js').Series} Series */
/** @typedef {'baseline' | 'timelinejs' | 'app'} PageKind */
/** @type {PageKind[]} */
const PAGE_KINDS = ['baseline', 'timelinejs', 'app'];

const log = (/** @type {string} */ message) => {
  console.error(`page-bench: ${message}`);
};

/**
 * Serves every built site on a free port, as a static host would.
 * @param {import('./page/options.js').Size[]} sizes
 */
async function serveAll(sizes) {
  /** @type {Map<string, { url: string, close: () => Promise<void> }>} */
  const servers = new Map();
  for (const size of sizes) {
    for (const [page, dir] of Object.entries(sitesOf(size))) {
      servers.set(`${page}-${size}`, await startServer({ dir, port: 0 }));
    }
  }
  return servers;
}

/**
 * Warm-up, then `runs` measured loads of each page; the pages take turns, and their order
 * alternates, so a machine that slows down over time affects them alike. A page that fails
 * (a milestone not reached in time, an error) is reported as such and not loaded again: the other
 * page and the other datasets are still measured.
 * @param {import('@playwright/test').Browser} browser
 * @param {import('./page/options.js').Size} size
 * @param {Record<PageKind, string>} urls
 * @param {import('./page/options.js').Options} options
 * @returns {Promise<Series[]>}
 */
async function measureDataset(browser, size, urls, { runs, timeout }) {
  /** @type {Record<PageKind, Series>} */
  const series = {
    baseline: { page: 'baseline', size, runs: [] },
    timelinejs: { page: 'timelinejs', size, runs: [] },
    app: { page: 'app', size, runs: [] },
  };
  /** @param {PageKind} page @param {string} run */
  const load = async (page, run) => {
    if (series[page].failure) return undefined;
    try {
      return await measure(
        browser,
        urls[page],
        `${page} · ${sizeLabel(size)} (${run})`,
        timeout * 1000,
        page,
      );
    } catch (error) {
      series[page].failure = error instanceof Error ? error.message : String(error);
      log(`${series[page].failure}\n  (no further runs of this page and dataset)`);
      return undefined;
    }
  };
  const pages = PAGE_KINDS;
  for (const page of pages) await load(page, 'warm-up');
  for (let run = 1; run <= runs; run++) {
    for (const page of run % 2 === 1 ? pages : [...pages].reverse()) {
      const metrics = await load(page, `run ${run}`);
      if (metrics) series[page].runs.push(metrics);
    }
  }
  return [series.baseline, series.timelinejs, series.app];
}

/**
 * What looks wrong in the numbers, said under the table rather than hidden in the raw JSON.
 * @param {Series[]} results
 */
function oddities(results) {
  /** @type {string[]} */
  const notes = [];
  for (const { page, size, runs, failure } of results) {
    const name = `${page} · ${sizeLabel(size)}`;
    if (failure) notes.push(failure.split('\n')[0] ?? failure);
    const encodings = new Set(runs.flatMap((run) => run.encodings));
    if ([...encodings].some((encoding) => encoding !== 'gzip')) {
      notes.push(`${name}: some JS was not sent gzipped (${[...encodings].join(', ')})`);
    }
    if (runs.some((run) => run.fcp === null))
      notes.push(`${name}: no first-contentful-paint entry in some runs`);
    const spans = runs.map((run) =>
      run.panWindow ? run.panWindow.end - run.panWindow.start : NaN,
    );
    if (spans.some((span) => Number.isNaN(span)))
      notes.push(`${name}: the zoomed window could not be read`);
  }
  for (const size of new Set(results.map((series) => series.size))) {
    const span = (/** @type {PageKind} */ page) =>
      results.find((s) => s.page === page && s.size === size)?.runs[0]?.panWindow;
    const [a, b] = [span('baseline'), span('app')];
    if (a && b && Math.abs((a.end - a.start) / (b.end - b.start) - 1) > 0.05) {
      notes.push(
        `${sizeLabel(size)}: the pages panned different windows (${Math.round((a.end - a.start) / 864e5)} vs ${Math.round((b.end - b.start) / 864e5)} days)`,
      );
    }
  }
  return notes;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  /** @type {Record<string, number>} */
  let builds = {};
  if (options.skipBuild) checkBuilt(options.sizes);
  else builds = await buildAll(options.sizes, log);
  const found = findBrowser();
  if (!found) throw new Error(INSTALL_HINT);
  const servers = await serveAll(options.sizes);
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    /** @type {Series[]} */
    const results = [];
    for (const size of options.sizes) {
      const url = (/** @type {PageKind} */ page) =>
        /** @type {{ url: string }} */ (servers.get(`${page}-${size}`)).url;
      const begun = performance.now();
      results.push(
        ...(await measureDataset(
          browser,
          size,
          { baseline: url('baseline'), timelinejs: url('timelinejs'), app: url('app') },
          options,
        )),
      );
      log(`measured ${sizeLabel(size)} in ${((performance.now() - begun) / 1000).toFixed(0)} s`);
    }
    const date = new Date().toISOString();
    const chromiumVersion = browser.version();
    const seconds = (performance.now() - started) / 1000;
    const notes = oddities(results);
    const markdown = [
      toMarkdown(results, {
        date: date.slice(0, 10),
        runs: options.runs,
        chromium: chromiumVersion,
        seconds,
        builds,
      }),
      ...(notes.length > 0 ? ['', 'Check these:', ...notes.map((note) => `- ${note}`)] : []),
      '',
      DEFINITIONS,
      '',
    ].join('\n');
    const dir = join(BENCH, 'results');
    mkdirSync(dir, { recursive: true });
    const stamp = date.slice(0, 16).replace(/:/g, '');
    const raw = { date, options, machine: machine(chromiumVersion), seconds, builds, results };
    writeFileSync(join(dir, `page-${stamp}.json`), `${JSON.stringify(raw, null, 2)}\n`);
    writeFileSync(join(dir, `page-${stamp}.md`), markdown);
    console.log(markdown);
    log(`raw runs and this table in ${join(dir, `page-${stamp}.{json,md}`)}`);
    // The baseline not coping with a dataset is a result; the app not coping is a failure.
    if (results.some((series) => series.page === 'app' && series.failure)) {
      log('the app failed on at least one dataset (see "Check these" above)');
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await Promise.all([...servers.values()].map((server) => server.close()));
  }
}

main().catch((/** @type {unknown} */ error) => {
  if (error instanceof UsageError) {
    console.error(`page-bench: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`page-bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
});
