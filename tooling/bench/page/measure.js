/**
 * One measured load of one page in a fresh browser context: what the page costs to show its first
 * item, what it loaded and keeps, and how smoothly it pans. Every wait has a limit, and a page that
 * misses it fails with its name and the metric it never reached.
 */
import { instrument } from './instrument.js';

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * How each page draws an item and where it is dragged: the app's items (picture and vis-timeline
 * alike) carry `timeline-item`; TimelineJS3 pans its navigation of markers.
 * @type {Record<'app' | 'baseline' | 'timelinejs', { itemClass: string, panArea: string }>}
 */
export const PAGES = {
  app: { itemClass: 'timeline-item', panArea: '.vis-panel.vis-center' },
  baseline: { itemClass: 'vis-item', panArea: '.vis-panel.vis-center' },
  timelinejs: { itemClass: 'tl-timemarker', panArea: '.tl-timenav' },
};
/** How long the quick steps may take before the page is called broken, in milliseconds. */
const LIMITS = { step: 30_000, settle: 30_000 };
/** The pan: this many pixels to the left over this long, a mouse move every 60th of a second. */
const PAN = { distance: 300, duration: 1_000, interval: 1_000 / 60 };
/** Wheel notches to zoom in before panning: the whole period cannot pan, as it is the limit. */
const ZOOM_NOTCHES = 10;

/**
 * @typedef {object} RunMetrics
 * @property {number | null} fcp first contentful paint, ms since navigation
 * @property {number} firstItemInDom ms since navigation
 * @property {number} firstItemVisible ms since navigation
 * @property {number} cpu main-thread busy time (CDP TaskDuration) until settled, ms
 * @property {Record<string, number>} cpuParts CDP Script/Layout/RecalcStyle durations, ms
 * @property {number} settled ms since navigation when the page was settled
 * @property {number} jsGzip JS response bodies as sent (gzip), bytes
 * @property {number} jsDecoded the same JS decoded, bytes
 * @property {number} jsFiles
 * @property {number} requests all requests up to settled, the document included
 * @property {number} transferred every byte over the wire up to settled, headers included
 * @property {string[]} encodings content-encodings the JS came with
 * @property {number} heap JS heap used after a forced GC, bytes
 * @property {number} domNodes elements in the document when settled
 * @property {{ start: number, end: number } | null} panWindow the window panned, UTC ms
 * @property {number[]} frames animation-frame intervals during the drag, ms
 * @property {number} panFrameP50
 * @property {number} panFrameP95
 * @property {number} htmlAndData the document and its JSON as sent (gzip) up to settled, bytes
 * @property {number} layoutShift CLS from the first item visible to settled (the takeover)
 */

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Races a step against its limit, failing with the page, the metric and what the page said.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what e.g. "app · 1,000: first item visible"
 * @param {string[]} problems page errors seen so far
 * @param {string} [limit] the limit in words, when not just `ms`
 * @returns {Promise<T>}
 */
async function within(promise, ms, what, problems, limit = `${ms / 1000} s`) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => {
        const said =
          problems.length > 0 ? `; the page said:\n  ${problems.slice(0, 5).join('\n  ')}` : '';
        reject(new Error(`${what}: not reached within ${limit}${said}`));
      },
      Math.max(0, ms),
    );
  });
  try {
    return /** @type {T} */ (await Promise.race([promise, timeout]));
  } catch (error) {
    if (error instanceof Error && !error.message.startsWith(what)) {
      throw new Error(`${what}: ${error.message}`, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** @param {number[]} values @param {number} p 0–1 */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
}

/**
 * The visible part of the timeline's item area (its centre panel can be far taller than the
 * screen with thousands of stacked items): where the benchmark points the mouse.
 * @param {import('@playwright/test').Page} page
 */
async function itemArea(page, /** @type {string} */ selector) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) return null;
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, VIEWPORT.height);
  return { x: box.x + box.width / 2, y: (top + bottom) / 2, visible: bottom > top };
}

/**
 * The window on screen, from the data attributes both pages publish.
 * @param {import('@playwright/test').Page} page
 */
function shownWindow(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-window-start]');
    const start = Date.parse(root?.getAttribute('data-window-start') ?? '');
    const end = Date.parse(root?.getAttribute('data-window-end') ?? '');
    return Number.isNaN(start) || Number.isNaN(end) ? null : { start, end };
  });
}

/**
 * Zooms in with the mouse wheel, then drags the items PAN.distance to the left over PAN.duration
 * while the page records its animation frames. The moves go straight to CDP on a fixed schedule,
 * not one after the other's acknowledgement (as Playwright's mouse does), so a slow page gets its
 * input at the rate a hand would give it, and Chromium coalesces it as it does real input.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').CDPSession} cdp
 */
async function pan(page, cdp, /** @type {string} */ selector) {
  const area = await itemArea(page, selector);
  if (!area?.visible) throw new Error('the timeline item area is not on screen');
  const { x, y } = area;
  await page.mouse.move(x, y);
  for (let i = 0; i < ZOOM_NOTCHES; i++) {
    await page.mouse.wheel(0, -100);
    await sleep(30);
  }
  await sleep(500); // the zoom's redraws, and the app's URL update, are not part of the pan
  const panWindow = await shownWindow(page);
  /** @param {'mousePressed' | 'mouseMoved' | 'mouseReleased'} type @param {number} at */
  const mouse = (type, at) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x: at,
      y,
      button: 'left',
      buttons: type === 'mouseReleased' ? 0 : 1,
      clickCount: type === 'mouseMoved' ? 0 : 1,
    });
  await mouse('mousePressed', x);
  await page.evaluate(() => {
    /** @type {any} */ (window).__bench.startFrames();
  });
  const steps = Math.round(PAN.duration / PAN.interval);
  const started = performance.now();
  /** @type {Promise<unknown>[]} */
  const moves = [];
  for (let i = 1; i <= steps; i++) {
    await sleep(started + i * PAN.interval - performance.now());
    moves.push(mouse('mouseMoved', x - (PAN.distance * i) / steps));
  }
  await Promise.all(moves);
  await mouse('mouseReleased', x - PAN.distance);
  await sleep(100); // the frame that draws the last move
  const frames = /** @type {number[]} */ (
    await page.evaluate(() => /** @type {any} */ (window).__bench.stopFrames())
  );
  return { panWindow, frames };
}

/**
 * Loads `url` in a fresh context of `browser` and measures it.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {string} name page and dataset, for messages
 * @param {number} loadLimit ms the page may take to show its first item, and to be ready
 * @param {keyof typeof PAGES} kind
 * @returns {Promise<RunMetrics>}
 */
export async function measure(browser, url, name, loadLimit, kind) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    // Both pages are compared in gzip, the unit the budget is in (Chromium asks for br).
    extraHTTPHeaders: { 'Accept-Encoding': 'gzip' },
  });
  /** @type {string[]} */
  const problems = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('crash', () => problems.push('the page crashed'));
    /** @type {Map<string, string>} */
    const encodings = new Map();
    page.on('response', (response) => {
      if (/\.m?js(\?|$)/.test(response.url())) {
        encodings.set(response.url(), response.headers()['content-encoding'] ?? 'none');
      }
    });
    await page.addInitScript(instrument, PAGES[kind].itemClass);
    const cdp = await context.newCDPSession(page);
    // Thread time, not wall time: the CPU the main thread spent, whatever else the machine did.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    /** @param {string} metric @param {() => Promise<any>} step @param {number} [ms] */
    const step = (metric, step, ms = LIMITS.step) =>
      within(step(), ms, `${name}: ${metric}`, problems);
    const bench = /** @param {string} key */ (key) =>
      page.evaluate((k) => /** @type {any} */ (window).__bench.state[k], key);

    // The milestones of loading share one deadline, counted from the navigation.
    const deadline = performance.now() + loadLimit;
    /** @param {string} metric @param {() => Promise<any>} wait */
    const milestone = (metric, wait) =>
      within(
        wait(),
        deadline - performance.now(),
        `${name}: ${metric}`,
        problems,
        `${loadLimit / 1000} s of navigation`,
      );
    await milestone('navigation', () => page.goto(url, { waitUntil: 'commit', timeout: 0 }));
    const firstItemInDom = /** @type {number} */ (
      await milestone('first item in the DOM', () => bench('inDomPromise'))
    );
    const firstItemVisible = /** @type {number} */ (
      await milestone('first item visible', () => bench('visiblePromise'))
    );
    await milestone('timeline ready (data-status="ready")', () =>
      page.waitForSelector('[data-status="ready"]', { state: 'attached', timeout: 0 }),
    );
    await step(
      'settled (no request for 500 ms)',
      () => page.waitForLoadState('networkidle', { timeout: 0 }),
      LIMITS.settle,
    );
    const settled = /** @type {number} */ (await page.evaluate(() => performance.now()));
    /** @type {{ name: string, value: number }[]} */
    const metrics = (await step('CPU metrics', () => cdp.send('Performance.getMetrics'))).metrics;
    /** @param {string} key */
    const metric = (key) => (metrics.find((m) => m.name === key)?.value ?? NaN) * 1000;

    const loaded = await step('resource timings', () =>
      page.evaluate(() => {
        const [navigation] = /** @type {PerformanceNavigationTiming[]} */ (
          performance.getEntriesByType('navigation')
        );
        const resources = /** @type {PerformanceResourceTiming[]} */ (
          performance.getEntriesByType('resource')
        );
        const js = resources.filter((entry) => /\.m?js(\?|$)/.test(new URL(entry.name).pathname));
        const sum = (
          /** @type {PerformanceResourceTiming[]} */ entries,
          /** @type {'transferSize' | 'encodedBodySize' | 'decodedBodySize'} */ key,
        ) => entries.reduce((total, entry) => total + entry[key], 0);
        return {
          jsGzip: sum(js, 'encodedBodySize'),
          jsDecoded: sum(js, 'decodedBodySize'),
          jsFiles: js.length,
          requests: resources.length + 1,
          transferred: sum(resources, 'transferSize') + (navigation?.transferSize ?? 0),
          htmlAndData:
            (navigation?.transferSize ?? 0) +
            sum(
              resources.filter((entry) => new URL(entry.name).pathname.endsWith('.json')),
              'transferSize',
            ),
          domNodes: document.getElementsByTagName('*').length,
        };
      }),
    );
    const heap = await step('JS heap after GC', async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    });
    const layoutShift = /** @type {number} */ (
      await page.evaluate((after) => {
        const shifts = /** @type {any} */ (window).__bench.state.shifts;
        return shifts
          .filter((/** @type {{ time: number }} */ shift) => shift.time >= after)
          .reduce(
            (/** @type {number} */ sum, /** @type {{ value: number }} */ shift) =>
              sum + shift.value,
            0,
          );
      }, firstItemVisible)
    );
    const { panWindow, frames } = await step('pan frame times', () =>
      pan(page, cdp, PAGES[kind].panArea),
    );
    // Read last: a page whose main thread is still busy when it is settled paints later.
    const fcp = /** @type {number | null} */ (
      await step('first contentful paint', () =>
        page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        ),
      )
    );
    if (frames.length === 0) {
      throw new Error(`${name}: pan frame times: not one frame was drawn during the drag`);
    }
    return {
      fcp,
      ...loaded,
      firstItemInDom,
      firstItemVisible,
      cpu: metric('TaskDuration'),
      cpuParts: {
        script: metric('ScriptDuration'),
        layout: metric('LayoutDuration'),
        style: metric('RecalcStyleDuration'),
      },
      settled,
      encodings: [...new Set(encodings.values())],
      heap,
      panWindow,
      frames,
      panFrameP50: percentile(frames, 0.5),
      panFrameP95: percentile(frames, 0.95),
      layoutShift,
    };
  } finally {
    await context.close();
  }
}
