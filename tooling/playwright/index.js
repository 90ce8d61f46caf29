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
 * Finds a Chromium to test with, in this order: the CORPUS_CHROMIUM setting, Playwright's own
 * download, a system browser. Returns undefined when there is none.
 * @returns {{ executablePath: string, source: 'setting' | 'playwright' | 'system' } | undefined}
 */
export function findBrowser() {
  const setting = process.env.CORPUS_CHROMIUM;
  if (setting) {
    if (!existsSync(setting)) {
      throw new Error(`CORPUS_CHROMIUM is set to ${setting}, but there is no file there`);
    }
    return { executablePath: setting, source: 'setting' };
  }
  const own = chromium.executablePath();
  if (own && existsSync(own)) return { executablePath: own, source: 'playwright' };
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  return system ? { executablePath: system, source: 'system' } : undefined;
}

/** What to do when no browser is found, said once for the harness and the installer. */
export const INSTALL_HINT =
  'no Chromium found: run `npx playwright install chromium` (needs internet), or install a system ' +
  'Chromium (Debian/Ubuntu: `apt-get install chromium`), or set CORPUS_CHROMIUM to a Chromium binary';

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
 * The Playwright config every app shares: serve the built site with @corpus/serve (the same
 * server as `pnpm start`), Chromium found as above, screenshots and traces kept on failure.
 * @param {{ site: string, port?: number, testDir?: string }} options
 * @returns {import('@playwright/test').PlaywrightTestConfig}
 */
export function defineCorpusConfig({ site, port = 4317, testDir = 'tests' }) {
  const browser = findBrowser();
  if (!browser) throw new Error(INSTALL_HINT);
  const baseURL = `http://127.0.0.1:${port}`;
  const launchOptions = { executablePath: browser.executablePath, args: CHROMIUM_ARGS };
  return {
    testDir,
    fullyParallel: true,
    forbidOnly: Boolean(process.env.CI),
    retries: 0,
    workers: 2,
    timeout: 30_000,
    expect: { timeout: 7_000 },
    reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
    outputDir: 'test-results',
    use: {
      baseURL,
      screenshot: 'only-on-failure',
      trace: 'retain-on-failure',
      launchOptions,
    },
    projects: [
      {
        name: 'desktop',
        use: { ...devices['Desktop Chrome'], launchOptions },
        grepInvert: /@phone/,
      },
      {
        name: 'phone',
        use: { ...devices['Pixel 7'], launchOptions },
        grep: /@phone/,
      },
    ],
    webServer: {
      command: `corpus-serve ${site}`,
      env: { PORT: String(port) },
      url: `${baseURL}/`,
      reuseExistingServer: false,
      stdout: 'pipe',
      timeout: 30_000,
    },
  };
}
