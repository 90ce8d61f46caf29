#!/usr/bin/env node
/**
 * Reader benchmark: the source reader of a synthetic source of about 1 MB cited 10,000 times,
 * against the same text as a plain page (its paragraphs, nothing else), in headless Chromium.
 * Builds the app with that text (CORPUS_SOURCE_DIR) and writes the plain page, then loads each
 * page once to warm up and --runs times, taking turns, each in a fresh browser context, and
 * prints first contentful paint for both and the reader's as a multiple of the plain page's from
 * the same run (the target is at most 1.5×). It reports; it asserts nothing about times.
 * Usage: node reader-bench.js [--runs N] [--skip-build]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, INSTALL_HINT, findBrowser } from '@corpus/playwright';
import { startServer } from '@corpus/serve';
import { BENCH, OUT, buildAppInto } from './page/build.js';
import { VIEWPORT } from './page/measure.js';
import { machine, median } from './page/report.js';
import { makeSyntheticCorpus } from './synthetic.js';

const SIZE = { events: 500, characters: 1_000_000, citations: 10_000 };
const DIR = join(OUT, 'reader');
const SITES = { reader: join(DIR, 'app'), plain: join(DIR, 'plain') };
/** How long one page may take to load before the run is called broken. */
const LOAD_LIMIT_MS = 120_000;

const log = (/** @type {string} */ message) => {
  console.error(`reader-bench: ${message}`);
};

/** @param {string[]} argv */
function parseOptions(argv) {
  const options = { runs: 7, skipBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--skip-build') options.skipBuild = true;
    else if (arg === '--runs' && /^\d+$/.test(argv[i + 1] ?? '') && Number(argv[i + 1]) > 0) {
      options.runs = Number(argv[++i]);
    } else {
      throw new Error(
        `unknown or incomplete option "${arg ?? ''}"; usage: node reader-bench.js [--runs N] [--skip-build]`,
      );
    }
  }
  return options;
}

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The same text as a plain page: one <p> per paragraph, sent gzipped as the app's pages are.
 * @param {string} text
 */
function writePlainPage(text) {
  mkdirSync(SITES.plain, { recursive: true });
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeHtml(line.trim())}</p>`)
    .join('\n');
  const html = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The source as a plain page</title></head>\n<body>\n${paragraphs}\n</body>\n</html>\n`;
  writeFileSync(join(SITES.plain, 'index.html'), html);
  writeFileSync(
    join(SITES.plain, 'index.html.gz'),
    gzipSync(html, { level: constants.Z_BEST_COMPRESSION }),
  );
}

/** Writes the synthetic corpus and builds both pages. */
async function build() {
  const { dataset, text } = makeSyntheticCorpus(SIZE);
  const texts = join(DIR, 'texts');
  mkdirSync(texts, { recursive: true });
  writeFileSync(join(texts, dataset.sources[0]?.fileName ?? 'synthetic.txt'), text);
  const datasetFile = join(DIR, 'dataset.json');
  writeFileSync(datasetFile, JSON.stringify(dataset));
  log(
    `synthetic source: ${text.length.toLocaleString('en')} characters, ${SIZE.citations.toLocaleString('en')} citations`,
  );
  writePlainPage(text);
  const started = performance.now();
  await buildAppInto('reader', SITES.reader, {
    CORPUS_DATASET: datasetFile,
    CORPUS_SOURCE_DIR: texts,
  });
  log(`app built with the text in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * One load of `url` in a fresh context: first contentful paint, and for the reader when its
 * marks are hydrated and checked (the browser's verification has said so).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {boolean} isReader
 */
async function load(browser, url, isReader) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    extraHTTPHeaders: { 'Accept-Encoding': 'gzip' },
  });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_LIMIT_MS });
    if (isReader) {
      await page
        .getByText('checked in your browser')
        .waitFor({ timeout: LOAD_LIMIT_MS, state: 'attached' });
    }
    return await page.evaluate(() => {
      const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (
        performance.getEntriesByType('navigation')
      );
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        load: navigation?.loadEventStart ?? null,
        ready: performance.now(),
        htmlBytes: navigation?.encodedBodySize ?? null,
        marks: document.querySelectorAll('mark').length,
      };
    });
  } finally {
    await context.close();
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (!options.skipBuild) await build();
  const found = findBrowser();
  if (!found) throw new Error(INSTALL_HINT);
  const { dataset } = makeSyntheticCorpus(SIZE);
  const readerPath = `sources/${dataset.sources[0]?.id ?? ''}`;
  const servers = {
    reader: await startServer({ dir: SITES.reader, port: 0 }),
    plain: await startServer({ dir: SITES.plain, port: 0 }),
  };
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    /** @type {Record<'reader' | 'plain', Awaited<ReturnType<typeof load>>[]>} */
    const runs = { reader: [], plain: [] };
    /** @param {'reader' | 'plain'} page */
    const once = (page) =>
      load(
        browser,
        page === 'reader' ? `${servers.reader.url}${readerPath}` : servers.plain.url,
        page === 'reader',
      );
    await once('plain');
    await once('reader');
    for (let run = 1; run <= options.runs; run++) {
      /** @type {('reader' | 'plain')[]} */
      const order = run % 2 === 1 ? ['plain', 'reader'] : ['reader', 'plain'];
      for (const page of order) runs[page].push(await once(page));
    }
    const fcp = (/** @type {'reader' | 'plain'} */ page) =>
      median(runs[page].flatMap((r) => (r.fcp === null ? [] : [r.fcp])));
    const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;
    const range = (/** @type {number[]} */ values) =>
      `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
    const row = (/** @type {'reader' | 'plain'} */ page) => {
      const r = runs[page];
      const fcps = r.flatMap((x) => (x.fcp === null ? [] : [x.fcp]));
      return `| ${page === 'reader' ? 'source reader' : 'plain page'} | ${ms(fcp(page))} (${range(fcps)}) | ${ms(median(r.flatMap((x) => (x.load === null ? [] : [x.load]))))} | ${page === 'reader' ? ms(median(r.map((x) => x.ready))) : '—'} | ${((r[0]?.htmlBytes ?? 0) / 1000).toFixed(0)} kB | ${r[0]?.marks ?? 0} |`;
    };
    const ratio = fcp('reader') / fcp('plain');
    const date = new Date().toISOString();
    const markdown = [
      `Reader benchmark, ${date.slice(0, 10)}: a synthetic source of ${SIZE.characters.toLocaleString('en')} characters cited ${SIZE.citations.toLocaleString('en')} times; median (min–max) of ${options.runs} runs per page after one warm-up, each in a fresh headless Chromium context at ${VIEWPORT.width}×${VIEWPORT.height}, gzip.`,
      '',
      '| page | first contentful paint | load event | marks hydrated and checked | HTML (gzip) | marks |',
      '| --- | --- | --- | --- | --- | --- |',
      row('plain'),
      row('reader'),
      '',
      `First contentful paint of the reader ÷ the plain page, same run: **${ratio.toFixed(2)}×** (target ≤ 1.5×).`,
      '',
      `Machine: ${machine(browser.version())}.`,
      '',
    ].join('\n');
    const dir = join(BENCH, 'results');
    mkdirSync(dir, { recursive: true });
    const stamp = date.slice(0, 16).replace(/:/g, '');
    writeFileSync(
      join(dir, `reader-${stamp}.json`),
      `${JSON.stringify({ date, size: SIZE, options, runs, ratio }, null, 2)}\n`,
    );
    writeFileSync(join(dir, `reader-${stamp}.md`), markdown);
    console.log(markdown);
    log(`raw runs and this table in ${join(dir, `reader-${stamp}.{json,md}`)}`);
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((server) => server.close()));
  }
}

main().catch((/** @type {unknown} */ error) => {
  console.error(`reader-bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
