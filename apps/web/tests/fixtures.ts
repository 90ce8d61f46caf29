import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  expect,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Locator,
  type Page,
  type PlaywrightTestOptions,
  type Request,
  type Response,
} from '@playwright/test';
import { dataset, formatFactDate } from '@corpus/data';
import type * as Axe from 'axe-core';

/** One drawn item per event: a box item also draws a line and a dot, which are not counted. */
export const ITEM = '.vis-item:is(.vis-box, .vis-range, .vis-point, .vis-background)';

export const COVERAGE = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2021, 0, 1) };

/** The lanes' names, in the order they are drawn. */
export const LANES = [
  'Conference',
  'Responsibility letters',
  'Symposium',
  'Inspection visits',
  'East–west cooperation',
  'Supervision',
  'First secretaries',
  'Policy and goals',
];

/** The events the source dates (to the day, month or year) and those it does not. */
export const DATED = dataset.events.filter((event) => event.date.kind !== 'undated');
export const UNDATED = dataset.events.filter((event) => event.date.kind === 'undated');
/** Goals with a deadline: the timeline marks each deadline apart from the event's own date. */
export const TARGETS = dataset.events.filter((event) => event.target !== undefined);

/**
 * The bands the timeline gathers the undated facts in, by lane: facts of one lane share a band
 * when what is known of their date (the label, and so both bounds) is the same.
 */
export const UNDATED_BANDS = [
  ...new Map(
    UNDATED.map((event) => {
      const { earliest = '', latest = '' } = event.date.kind === 'undated' ? event.date : {};
      const key = `${event.category} ${formatFactDate(event.date)} ${earliest} ${latest}`;
      return [key, { lane: event.category }];
    }),
  ).values(),
];

/** The home page with its timeline, as a reader uses it. */
export class TimelinePage {
  readonly frame: Locator;
  readonly items: Locator;
  readonly list: Locator;
  readonly details: Locator;
  readonly announcer: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.frame = page.locator('.timeline-frame');
    this.items = page.locator(`.timeline ${ITEM}:not(.lane-head)`);
    this.list = page.locator('.event-list');
    this.details = page.getByRole('complementary', { name: 'Event details' });
    this.announcer = page.getByTestId('announcer');
    this.notices = page.getByRole('status').filter({ has: page.locator('[data-param]') });
  }

  /** Opens the home page (with a query) and waits until the timeline has drawn its items. */
  async open(query = '') {
    await this.page.goto(`/${query}`);
    await this.ready();
  }

  /** The timeline is drawn and shown: vis-timeline keeps it hidden until its first full draw. */
  async ready() {
    // waitFor watches the page, where expect() would poll at growing intervals.
    await this.page
      .locator('.timeline-frame[data-status="ready"][data-window-start]')
      .waitFor({ timeout: 10_000 });
    await this.page.locator('.timeline .vis-timeline').waitFor({ state: 'visible' });
  }

  /** An event's item as vis-timeline draws it. */
  item(id: string): Locator {
    return this.page.locator(`.timeline ${ITEM}[data-timeline-item="${id}"]`);
  }

  /** An event's item in the prerendered picture (on screen until vis-timeline takes over). */
  pictureItem(id: string): Locator {
    return this.page.locator(`.timeline-picture [data-timeline-item="${id}"]`);
  }

  listEntry(id: string): Locator {
    return this.list.locator(`li[data-id="${id}"]`);
  }

  /**
   * How many events vis-timeline stands for: those it draws, and those gathered in bands of
   * undated facts (each band says how many it holds).
   */
  async eventCount(): Promise<number> {
    const drawn = await this.items.and(this.page.locator('[data-timeline-item]')).count();
    const gathered = await this.page
      .locator('.timeline [data-timeline-band]')
      .evaluateAll((bands) =>
        bands.reduce((sum, band) => sum + Number(band.getAttribute('data-count')), 0),
      );
    return drawn + gathered;
  }

  /** Shows every undated fact one by one (the toolbar's toggle), or gathers them in bands. */
  async showUndated(open = true) {
    const toggle = this.page.getByRole('button', { name: 'Undated facts one by one' });
    if ((await toggle.getAttribute('aria-pressed')) !== String(open)) await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', String(open));
  }

  /** The visible window, as UTC milliseconds. */
  async window(): Promise<{ start: number; end: number }> {
    const start = await this.frame.getAttribute('data-window-start');
    const end = await this.frame.getAttribute('data-window-end');
    return { start: Date.parse(start ?? ''), end: Date.parse(end ?? '') };
  }

  async expectWindowInsideCoverage() {
    const { start, end } = await this.window();
    // vis-timeline keeps the window inside min/max; a millisecond of rounding is allowed.
    expect(start).toBeGreaterThanOrEqual(COVERAGE.start - 1);
    expect(end).toBeLessThanOrEqual(COVERAGE.end + 1);
  }

  /**
   * Waits for the window to settle: the timeline marks a move from the moment it is asked for
   * (vis-timeline reports an animation's first step only after 20 ms), then the window must read
   * the same twice.
   */
  async windowSettled() {
    await this.page.locator('.timeline-frame:not([data-moving])').waitFor({ state: 'attached' });
    let last = '';
    await expect
      .poll(
        async () => {
          const now = `${await this.frame.getAttribute('data-window-start')}|${await this.frame.getAttribute('data-window-end')}`;
          const same = now === last;
          last = now;
          return same;
        },
        { intervals: [250] },
      )
      .toBe(true);
  }

  /** The centre of the timeline's drawing area, for wheel and drag gestures. */
  async centre() {
    await this.frame.scrollIntoViewIfNeeded();
    const box = await this.page.locator('.timeline .vis-panel.vis-center').boundingBox();
    if (!box) throw new Error('the timeline has no drawing area');
    return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 60), box };
  }
}

interface Fixtures {
  timeline: TimelinePage;
  /**
   * Everything that went wrong on the page: errors, console errors, CSP violations, failed or
   * refused requests (not those the browser cancelled), error responses, requests to other
   * origins. Each test fails at its end if any is left; a test that provokes one on purpose
   * calls `allow` with a pattern for it.
   */
  problems: { list: string[]; allow: (pattern: RegExp) => void };
}

/** With JavaScript off the browser refuses the pages' module preloads itself: not a problem. */
export const MODULES_REFUSED_WITHOUT_JAVASCRIPT =
  /^request failed: http:\/\/127\.0\.0\.1:\d+\/_app\/immutable\/.*\.js \(csp\)$/;

/**
 * Watches a page for everything that can go wrong on it (see the `problems` fixture), allowing
 * requests to `origins` only: the site's, and any other a test serves on purpose.
 */
export async function watchProblems(page: Page, origins: string[]) {
  const list: string[] = [];
  const allowed: RegExp[] = [];
  const initScript = await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  // No request may leave the site. Watched rather than intercepted, which would slow every
  // request down; the site's CSP refuses such requests in the browser as well.
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (!origins.includes(url.origin) && !['data:', 'blob:'].includes(url.protocol)) {
      list.push(`request to another origin: ${request.url()}`);
    }
  };
  const onPageError = (error: Error) => list.push(`page error: ${error.message}`);
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') list.push(`console error: ${message.text()}`);
  };
  const onRequestFailed = (request: Request) => {
    const reason = request.failure()?.errorText ?? '';
    // Cancelled by the browser, not failed: a navigation (the test's, or a click's) stops what the
    // last page was still fetching, and SvelteKit drops a preload it no longer needs. A refusal
    // by the CSP, a network error or an error response is still a problem.
    if (reason === 'net::ERR_ABORTED') return;
    list.push(`request failed: ${request.url()} (${reason})`);
  };
  const onResponse = (response: Response) => {
    if (response.status() >= 400) list.push(`response ${response.status()}: ${response.url()}`);
  };
  page.on('request', onRequest);
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  return {
    list,
    allow: (pattern: RegExp) => allowed.push(pattern),
    /** What is left once the allowed problems are taken out. */
    left: () => list.filter((problem) => !allowed.some((pattern) => pattern.test(problem))),
    /** Stops watching: the page may go on to another test (see `sharedPage`). */
    stop: async () => {
      page.off('request', onRequest);
      page.off('pageerror', onPageError);
      page.off('console', onConsole);
      page.off('requestfailed', onRequestFailed);
      page.off('response', onResponse);
      await initScript.dispose();
    },
  };
}

/**
 * The context options a project's `use` may set (its device and base URL): the shared page's
 * context is made with them, as Playwright makes each test's.
 */
const CONTEXT_OPTIONS = [
  'baseURL',
  'colorScheme',
  'deviceScaleFactor',
  'hasTouch',
  'isMobile',
  'javaScriptEnabled',
  'screen',
  'userAgent',
  'viewport',
] as const satisfies readonly (keyof BrowserContextOptions & keyof PlaywrightTestOptions)[];

const contextOptionsOf = (use: Partial<PlaywrightTestOptions>): BrowserContextOptions =>
  Object.fromEntries(
    CONTEXT_OPTIONS.flatMap((key) => (use[key] === undefined ? [] : [[key, use[key]]])),
  );

/**
 * Puts the shared page back as a new one is, for the next test: nothing routed, no document (so
 * no timer or request of the last one runs into the next test), no media emulated, the pointer
 * away from the page, no cookie, permission or other tab in its context. Its viewport and colour
 * scheme are each test's own, set as the test starts (the `page` fixture).
 */
async function resetSharedPage(page: Page) {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.goto('about:blank');
  await page.emulateMedia({
    media: null,
    colorScheme: null,
    reducedMotion: null,
    forcedColors: null,
  });
  await page.mouse.move(0, 0);
  const context = page.context();
  await Promise.all(
    context
      .pages()
      .filter((other) => other !== page)
      .map((other) => other.close()),
  );
  await context.clearCookies();
  await context.clearPermissions();
}

export const test = base.extend<Fixtures, { sharedPage: Page }>({
  /**
   * One page per worker, which every test with JavaScript on gets as its `page`, put back as new
   * between tests (resetSharedPage). A new page costs a renderer process and a cold load: on this
   * 2-core machine, 1.0 CPU-s to open the home page until its timeline is drawn, against 0.4 CPU-s
   * in a page that had loaded it before (2026-12-07).
   */
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      // Made during the first test that asks for it, whose `use` (JavaScript off, a dark scheme)
      // Playwright would lend any new context: what a test may change is set as a new page has it.
      const context = await browser.newContext({
        colorScheme: 'light',
        javaScriptEnabled: true,
        ...contextOptionsOf(workerInfo.project.use),
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async (
    { sharedPage, browser, colorScheme, javaScriptEnabled, viewport },
    use,
    testInfo,
  ) => {
    if (!javaScriptEnabled) {
      // A page without JavaScript needs a context of its own.
      const context = await browser.newContext({
        ...contextOptionsOf(testInfo.project.use),
        colorScheme,
        javaScriptEnabled,
        viewport,
      });
      await use(await context.newPage());
      await context.close();
      return;
    }
    await sharedPage.emulateMedia({ colorScheme });
    if (viewport) await sharedPage.setViewportSize(viewport);
    await use(sharedPage);
    await resetSharedPage(sharedPage);
  },
  context: async ({ page }, use) => {
    await use(page.context());
  },
  problems: [
    async ({ page, baseURL }, use) => {
      const watched = await watchProblems(page, [new URL(baseURL ?? 'http://127.0.0.1').origin]);
      await use({ list: watched.list, allow: watched.allow });
      await watched.stop();
      expect(watched.left(), 'the page reported problems').toEqual([]);
    },
    { auto: true },
  ],
  timeline: async ({ page }, use) => {
    await use(new TimelinePage(page));
  },
});

/**
 * Holds back the app's scripts whose code contains `marker` until `release` is called, so the test
 * sees the page as a reader does before that code has arrived.
 */
export async function holdScripts(page: Page, marker: string) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/_app/immutable/**/*.js', async (route) => {
    const response = await route.fetch();
    if ((await response.text()).includes(marker)) await released;
    await route.fulfill({ response });
  });
  return release;
}

/** Holds back vis-timeline's chunk (the one script with its item classes), as holdScripts. */
export const holdTimeline = (page: Page) => holdScripts(page, 'vis-item-overflow');

/** Holds back the details panel's chunk (the one with its Cite section), as holdScripts. */
export const holdDetails = (page: Page) => holdScripts(page, 'Cite this event');

/**
 * Opens `path` without waiting for the page's scripts (they may be held, see holdTimeline), once
 * its stylesheets apply: a box measured before the CSS arrives is where unstyled HTML puts it
 * (seen on a busy machine: every item at the left edge).
 */
export async function openBeforeTakeover(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'commit' });
  await page.waitForFunction(() => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
    // Once the body exists the head is parsed, so no stylesheet link is still to come.
    return document.querySelector('body') !== null && links.every((link) => link.sheet !== null);
  });
  await page.locator('.timeline-picture').waitFor();
}

/** axe-core's minified build: what a scan evaluates in the page. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const AXE_OPTIONS: Axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

/**
 * axe's WCAG 2.1 A and AA violations on the page, or on the part `include` selects, as rule ids
 * with up to five of their nodes. Every rule runs on every node; only the violations are described
 * node by node (`resultTypes`), as describing each passing node (a selector for it, its HTML) cost
 * 15–30% of a scan (reader, places and home pages, 2026-12-07).
 * On a page without frames axe's minified build is evaluated once and run in the page itself.
 * @axe-core/playwright's run there (its legacy mode) sends the unminified build, 1.3 MB, twice:
 * 0.27–0.50 CPU-s more per scan, page load included (1.29–1.43 against 0.93–0.99 CPU-s for the
 * home page with its timeline drawn, 0.85–0.91 against 0.55–0.59 for the about page), and 12 of
 * the accessibility spec's 90–111 CPU-s (two runs of each, in turn, 2026-12-07). A page with a
 * frame goes through AxeBuilder's default mode, which runs axe in each frame and merges their
 * results (with the same build).
 */
export async function axeViolations(page: Page, include?: string) {
  const framed = (await page.locator('iframe').count()) > 0;
  const results = framed
    ? await (include ? axeBuilder(page).include(include) : axeBuilder(page)).analyze()
    : await runAxe(page, include);
  expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(include ? 0 : 10);
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

const axeBuilder = (page: Page) =>
  new AxeBuilder({ page, axeSource: AXE_SOURCE }).options(AXE_OPTIONS);

async function runAxe(page: Page, include?: string): Promise<Axe.AxeResults> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ include, options }) => {
      const { axe } = window as unknown as { axe: typeof Axe };
      return axe.run(include ?? document, options);
    },
    { include, options: AXE_OPTIONS },
  );
}

export { expect };
