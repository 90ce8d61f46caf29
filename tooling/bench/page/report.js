/**
 * Turns the runs into the markdown the README pastes: one row per page and dataset with the
 * median and range of each metric, then the app's medians as multiples of the baseline's from
 * the same run, then the machine they ran on.
 */
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';

/** @typedef {import('./measure.js').RunMetrics} RunMetrics */
/**
 * The measured runs of one page on one dataset.
 * @typedef {object} Series
 * @property {'baseline' | 'timelinejs' | 'app'} page
 * @property {import('./options.js').Size} size
 * @property {RunMetrics[]} runs
 * @property {string} [failure] why the runs stopped, when a load failed
 */

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ index) => /** @type {number} */ (sorted[index]);
  return sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/**
 * @typedef {object} Column
 * @property {string} title with its unit, which the cells leave out to keep the table narrow
 * @property {(run: RunMetrics) => number | null} value
 * @property {(value: number) => string} format
 */

/** @param {number} divisor @param {number} digits */
const number = (divisor, digits) => (/** @type {number} */ value) =>
  (value / divisor).toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** @type {Column[]} */
const COLUMNS = [
  { title: 'first contentful paint (ms)', value: (run) => run.fcp, format: number(1, 0) },
  { title: 'first item in DOM (ms)', value: (run) => run.firstItemInDom, format: number(1, 0) },
  { title: 'first item visible (ms)', value: (run) => run.firstItemVisible, format: number(1, 0) },
  { title: 'main-thread CPU to settled (ms)', value: (run) => run.cpu, format: number(1, 0) },
  { title: 'JS gzip (kB)', value: (run) => run.jsGzip, format: number(1000, 1) },
  { title: 'JS decoded (kB)', value: (run) => run.jsDecoded, format: number(1000, 1) },
  { title: 'requests', value: (run) => run.requests, format: number(1, 0) },
  { title: 'JS heap after GC (MB)', value: (run) => run.heap, format: number(1e6, 1) },
  { title: 'DOM nodes', value: (run) => run.domNodes, format: number(1, 0) },
  { title: 'pan frame p50 (ms)', value: (run) => run.panFrameP50, format: number(1, 1) },
  { title: 'pan frame p95 (ms)', value: (run) => run.panFrameP95, format: number(1, 1) },
  { title: 'HTML + data gzip (kB)', value: (run) => run.htmlAndData, format: number(1000, 1) },
  { title: 'layout shift after first item', value: (run) => run.layoutShift, format: number(1, 3) },
];

/** Medians compared between the pages, as app ÷ other page: the columns' titles, without units. */
const RATIOS = ['first item visible', 'JS gzip', 'main-thread CPU to settled', 'pan frame p95'];

/**
 * @param {Series} series
 * @param {(run: RunMetrics) => number | null} value
 */
function valuesOf(series, value) {
  return series.runs.flatMap((run) => {
    const v = value(run);
    return v !== null && Number.isFinite(v) ? [v] : [];
  });
}

/**
 * "median (min–max)", or just the value when every run agrees.
 * @param {number[]} values
 * @param {(value: number) => string} format
 */
function summary(values, format) {
  if (values.length === 0) return '—';
  const [low, mid, high] = [Math.min(...values), median(values), Math.max(...values)].map(format);
  return low === high ? /** @type {string} */ (mid) : `${mid} (${low}–${high})`;
}

/** @param {string[]} cells */
const row = (cells) => `| ${cells.join(' | ')} |`;

/** @param {import('./options.js').Size} size */
const datasetLabel = (size) =>
  size === 'real' ? 'real' : `${size.toLocaleString('en')} synthetic`;

/**
 * @param {Series[]} results
 * @param {{ date: string, runs: number, chromium: string, seconds: number, builds?: Record<string, number> }} about
 */
export function toMarkdown(results, about) {
  const lines = [
    `Page benchmark, ${about.date}: median (min–max) of ${about.runs} runs per page after one warm-up, each in a fresh headless Chromium context at 1280×800.`,
    '',
    row(['page', 'dataset', 'runs', ...COLUMNS.map((column) => column.title)]),
    row(['---', '---', '---', ...COLUMNS.map(() => '---')]),
    ...results.map((series) =>
      row([
        series.page,
        datasetLabel(series.size),
        series.failure ? `${series.runs.length}, then did not finish` : `${series.runs.length}`,
        ...COLUMNS.map((column) => summary(valuesOf(series, column.value), column.format)),
      ]),
    ),
    '',
    'The app against the other pages measured in the same run (app median ÷ their median; below 1× is better), and its first item against its own first contentful paint:',
    '',
    row(['dataset', 'against', ...RATIOS]),
    row(['---', '---', ...RATIOS.map(() => '---')]),
  ];
  const sizes = [...new Set(results.map((series) => series.size))];
  const of = (
    /** @type {Series['page']} */ page,
    /** @type {import('./options.js').Size} */ size,
  ) => results.find((s) => s.page === page && s.size === size);
  const column = (/** @type {string} */ title) =>
    /** @type {Column} */ (COLUMNS.find((c) => c.title.startsWith(title)));
  for (const size of sizes) {
    const app = of('app', size);
    if (!app) continue;
    for (const other of /** @type {const} */ (['baseline', 'timelinejs'])) {
      const against = of(other, size);
      if (!against) continue;
      const missing = [against, app].find((series) => series.runs.length === 0);
      const ratios = RATIOS.map((title, index) => {
        if (missing) return index === 0 ? `${missing.page} did not finish` : '—';
        const { value } = column(title);
        const ratio = median(valuesOf(app, value)) / median(valuesOf(against, value));
        return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a';
      });
      lines.push(
        row([
          datasetLabel(size),
          other === 'baseline' ? 'bare vis-timeline' : 'TimelineJS3',
          ...ratios,
        ]),
      );
    }
    if (app.runs.length > 0) {
      const own =
        median(valuesOf(app, column('first item visible').value)) /
        median(valuesOf(app, column('first contentful paint').value));
      lines.push(
        row([
          datasetLabel(size),
          'its own first contentful paint',
          `${own.toFixed(2)}×`,
          '',
          '',
          '',
        ]),
      );
    }
  }
  const builds = Object.entries(about.builds ?? {});
  if (builds.length > 0) {
    lines.push(
      '',
      `App build times (one at a time): ${builds
        .map(([size, seconds]) => {
          const events = size === 'real' ? null : Number(size);
          const per = events
            ? `, ${((seconds / events) * 1000).toFixed(1)} s per 1,000 events`
            : '';
          return `${sizeLabelOf(size)} ${seconds.toFixed(0)} s${per}`;
        })
        .join('; ')}.`,
    );
  }
  lines.push(
    '',
    `Machine: ${machine(about.chromium)}. Whole benchmark: ${Math.round(about.seconds)} s.`,
  );
  return lines.join('\n');
}

/** @param {string} size */
const sizeLabelOf = (size) =>
  size === 'real' ? 'real' : `${Number(size).toLocaleString('en')} events`;

/** @param {string} chromium */
export function machine(chromium) {
  const processors = cpus();
  const model = processors[0]?.model.trim() ?? 'unknown CPU';
  return `${type()} ${release()}, ${processors.length} × ${model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, Chromium ${chromium}`;
}

/** The vis-timeline both pages run, as installed. */
const VIS_TIMELINE = /** @type {{ version: string }} */ (
  JSON.parse(
    readFileSync(new URL('../node_modules/vis-timeline/package.json', import.meta.url), 'utf8'),
  )
).version;

export const DEFINITIONS = `How each is measured:
- first contentful paint: the paint timing entry (read at the end of the run, as a busy page paints late).
- first item in DOM: the first item element (the app's \`.timeline-item\`, in its prerendered picture or drawn by vis-timeline; \`.vis-item\` for bare vis-timeline; \`.tl-timemarker\` for TimelineJS3), seen by a MutationObserver injected before the page's scripts.
- first item visible: the first item that \`checkVisibility({ checkOpacity, checkVisibilityCSS })\` passes and whose box, of non-zero size, overlaps the viewport and its timeline panel; checked on each DOM change and each animation frame, so it is the time the item is ready to be painted. vis-timeline keeps its root hidden until its resize check, which the app overrides, so for the baseline it comes later than the item in the DOM.
- main-thread CPU to settled: CDP Performance.getMetrics TaskDuration in thread time, from the tab's start until the first item is visible, the timeline is ready (\`data-status="ready"\`) and no request has been made for 500 ms.
- JS gzip / decoded, requests: resource timing (encodedBodySize / decodedBodySize of .js files; every request, the document included) up to settled, with Accept-Encoding: gzip.
- JS heap after GC: CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage usedSize, when settled.
- DOM nodes: document.getElementsByTagName('*').length when settled.
- pan frame p50/p95: requestAnimationFrame intervals while the mouse drags the items 300 px left for 1 s, after zooming in with 10 wheel notches (the whole period is the limit, so cannot pan).
- did not finish: the page did not show its first item, or was not ready, within --timeout seconds of navigation (or failed otherwise); its other runs were skipped.
- HTML + data gzip: the document and every .json it fetched up to settled, as sent (transferSize).
- layout shift after first item: the sum of layout-shift entries without recent input (CLS) from the first item visible to settled: for the app, vis-timeline taking over its picture.
- baseline: bare vis-timeline ${VIS_TIMELINE} (esnext bundle with its dependencies, bundled by Vite) drawing the same items (the app's item specs, page/specs.js) in the same lanes over the whole period.
- timelinejs: TimelineJS3 (@knight-lab/timelinejs 3.9.11) served from the same site (script_path local, font: null), one slide per event, markers in groups by lane.`;
