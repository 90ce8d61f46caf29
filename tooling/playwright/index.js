import { existsSync } from 'node:fs';
import { chromium, devices } from '@playwright/test';

/** System browsers to try when Playwright has none of its own (Debian's package first). */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/**
 * Debian's build of Chromium's headless shell, the browser Playwright itself runs headless tests
 * in. The end-to-end suite takes it before a full Chromium: the same 172 tests used 37% less time
 * in it (206 s against 325 s, one after the other on this 2-core machine, 2026-12-03), where a
 * full Chromium's headless mode draws the whole browser. Benchmarks keep the full browser readers
 * use.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** @param {{ executablePath: string }} browser */
export const isHeadlessShell = (browser) => browser.executablePath === HEADLESS_SHELL;

/**
 * Finds a Chromium, in this order: the CORPUS_CHROMIUM setting, Playwright's own download, a
 * system browser (for tests, the headless shell first). Returns undefined when there is none.
 * @param {{ forTests?: boolean }} [options]
 * @returns {{ executablePath: string, source: 'setting' | 'playwright' | 'system' } | undefined}
 */
export function findBrowser({ forTests = false } = {}) {
  const setting = process.env.CORPUS_CHROMIUM;
  if (setting) {
    if (!existsSync(setting)) {
      throw new Error(`CORPUS_CHROMIUM is set to ${setting}, but there is no file there`);
    }
    return { executablePath: setting, source: 'setting' };
  }
  const own = chromium.executablePath();
  if (own && existsSync(own)) return { executablePath: own, source: 'playwright' };
  const candidates = forTests ? [HEADLESS_SHELL, ...SYSTEM_BROWSERS] : SYSTEM_BROWSERS;
  const system = candidates.find((path) => existsSync(path));
  return system ? { executablePath: system, source: 'system' } : undefined;
}

/** What to do when no browser is found, said once for the harness and the installer. */
export const INSTALL_HINT =
  'no Chromium found: run `npx playwright install chromium` (needs internet), or install a system ' +
  'Chromium (Debian/Ubuntu: `apt-get install chromium-headless-shell` for the tests, `chromium` for ' +
  'the benchmarks), or set CORPUS_CHROMIUM to a Chromium binary';

/**
 * Flags for a Chromium on a closed network, run as root in CI: without the background-networking
 * ones it keeps trying to reach outside hosts. See ../../../shared/STACK.md.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Workers unless CORPUS_E2E_WORKERS says otherwise: one per core of the 2-core machines this runs
 * on. With two, both cores are busy (vmstat: 5% idle); four made the run no shorter and pushed
 * the heaviest test past its timeout.
 */
const DEFAULT_WORKERS = 2;

/**
 * The Playwright config every app shares: each built site served by @corpus/serve (the same server
 * as `pnpm start`) on its own port, Chromium found as above, screenshots and traces kept on
 * failure. The first site is the app itself, tested on a desktop (all but tests tagged
 * `@phone-only`) and on a phone (tests tagged `@phone` or `@phone-only`); every further site gets
 * a project of its own that runs the specs in `<testDir>/<name>`, in one worker. The sites are
 * served on consecutive ports from CORPUS_E2E_PORT (4317 unless set), so two checkouts can test
 * at once.
 * A site built with BASE_PATH names it as `base`: it is served mounted there, and its specs'
 * baseURL ends in `<base>/`, so they open pages by relative paths (`events/x`, `./`).
 * `pages` are folders of other pages the tests need on an origin of their own (a page that embeds
 * the site in an iframe): each is served on the next port, and its address is the config's
 * `metadata.pages[name]` (`test.info().config.metadata` in a test).
 * @param {{ sites: { name: string, dir: string, base?: string }[], pages?: { name: string, dir: string }[], testDir?: string }} options
 * @returns {import('@playwright/test').PlaywrightTestConfig}
 */
export function defineCorpusConfig({ sites, pages = [], testDir = 'tests' }) {
  const browser = findBrowser({ forTests: true });
  if (!browser) throw new Error(INSTALL_HINT);
  const launchOptions = { executablePath: browser.executablePath, args: CHROMIUM_ARGS };
  const base = Number(process.env.CORPUS_E2E_PORT ?? 4317);
  if (!Number.isInteger(base) || base < 1024 || base + sites.length + pages.length > 65535) {
    throw new Error(
      `CORPUS_E2E_PORT must be a port number from 1024 up, got "${process.env.CORPUS_E2E_PORT}"`,
    );
  }
  const workers = Number(process.env.CORPUS_E2E_WORKERS ?? DEFAULT_WORKERS);
  if (!Number.isInteger(workers) || workers < 1) {
    throw new Error(
      `CORPUS_E2E_WORKERS must be a whole number of workers from 1 up, got "${process.env.CORPUS_E2E_WORKERS}"`,
    );
  }
  const served = sites.map((site, index) => ({ ...site, port: base + index }));
  const servedPages = pages.map((page, index) => ({ ...page, port: base + sites.length + index }));
  /** @param {{ port: number }} site */
  const url = (site) => `http://127.0.0.1:${site.port}`;
  /** @param {{ port: number, base?: string }} site */
  const home = (site) => (site.base ? `${url(site)}${site.base}/` : url(site));
  const [main, ...others] = served;
  if (!main) throw new Error('defineCorpusConfig needs at least one site');
  const otherDirs = others.map((site) => new RegExp(`/${site.name}/[^/]*\\.spec\\.[jt]s$`));
  return {
    testDir,
    fullyParallel: true,
    forbidOnly: Boolean(process.env.CI),
    // A failing test runs once more, recording a trace (see `trace`); passing then still fails
    // the run, as flaky, and the report counts it as retried.
    retries: 1,
    failOnFlakyTests: true,
    workers,
    timeout: 30_000,
    expect: { timeout: 7_000 },
    // The JSON results feed the timing report (tooling/ci); the HTML report is for CI runs.
    reporter: /** @type {import('@playwright/test').ReporterDescription[]} */ ([
      ['list'],
      ['json', { outputFile: 'playwright-report/results.json' }],
      ...(process.env.CI
        ? [['html', { open: 'never', outputFolder: 'playwright-report/html' }]]
        : []),
    ]),
    outputDir: 'test-results',
    metadata: {
      pages: Object.fromEntries(servedPages.map((page) => [page.name, `${url(page)}/`])),
    },
    use: {
      screenshot: 'only-on-failure',
      // The DOM snapshots a failure needs, recorded only when a failed test runs again: recording
      // them for every test and keeping the failures' cost a fifth of the suite's time (28 tests:
      // 50-51 s with, 37-41 s without, 2026-12-03), and screenshots a sixth of a fuzzed batch's.
      trace: { mode: 'on-first-retry', screenshots: false },
      launchOptions,
    },
    projects: [
      {
        name: 'desktop',
        testIgnore: otherDirs,
        grepInvert: /@phone-only/,
        use: { ...devices['Desktop Chrome'], baseURL: url(main), launchOptions },
      },
      {
        name: 'phone',
        testIgnore: otherDirs,
        grep: /@phone/,
        use: { ...devices['Pixel 7'], baseURL: url(main), launchOptions },
      },
      ...others.map((site, index) => ({
        name: site.name,
        testMatch: otherDirs[index],
        // A further site's few specs run in one worker: a second one costs its own process,
        // browser and cold first page, more than it saves on a handful of tests (the four test
        // sites' 33 tests: 64-76 CPU-s in one worker each against 84-90 in two, 2026-12-07).
        workers: 1,
        use: { ...devices['Desktop Chrome'], baseURL: home(site), launchOptions },
      })),
    ],
    webServer: [...served, ...servedPages].map((/** @type {typeof served[number]} */ site) => ({
      command: `corpus-serve ${site.dir}`,
      env: { PORT: String(site.port), ...(site.base && { BASE_PATH: site.base }) },
      url: `${url(site)}${site.base ?? ''}/`,
      reuseExistingServer: false,
      stdout: 'pipe',
      timeout: 30_000,
    })),
  };
}
