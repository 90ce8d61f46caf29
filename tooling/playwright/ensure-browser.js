#!/usr/bin/env node
/**
 * Makes sure a Chromium exists for the end-to-end tests, so the README's one test command works on
 * a machine with only Node.js and npm. As root with apt-get (CI here: no internet, Debian's
 * packages reachable) it installs Debian's Chromium headless shell, also where only a full
 * Chromium is found (the suite runs faster in the shell, see index.js); elsewhere it asks
 * Playwright to download its own. It says what it found or did, and fails with what to install
 * when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { INSTALL_HINT, findBrowser, isHeadlessShell } from './index.js';

function run(command, args) {
  console.log(`corpus-ensure-browser: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

function found() {
  const browser = findBrowser({ forTests: true });
  if (browser)
    console.log(
      `corpus-ensure-browser: using ${browser.source} Chromium at ${browser.executablePath}`,
    );
  return browser;
}

const browser = found();
const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!browser || (canApt && browser.source === 'system' && !isHeadlessShell(browser))) {
  if (canApt) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    process.env = env;
    // Another apt-get may be running (the data tests install python3-pandas the same way): wait
    // for its lock instead of failing at once.
    const wait = ['-o', 'DPkg::Lock::Timeout=600'];
    if (run('apt-get', [...wait, 'update', '-qq'])) {
      run('apt-get', [...wait, 'install', '-y', '-qq', 'chromium-headless-shell']);
    }
  } else {
    const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
    run(process.execPath, [cli, 'install', 'chromium']);
  }
  if (!found()) {
    console.error(`corpus-ensure-browser: ${INSTALL_HINT}`);
    process.exit(1);
  }
}
