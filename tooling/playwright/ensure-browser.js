#!/usr/bin/env node
/**
 * Makes sure a Chromium exists for the end-to-end tests, so the README's one test command works on
 * a machine with only Node.js and npm. As root with apt-get (CI here: no internet, Debian's
 * packages reachable) it installs Debian's chromium; elsewhere it asks Playwright to download its
 * own. It says what it found or did, and fails with what to install when it cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { INSTALL_HINT, findBrowser } from './index.js';

function run(command, args) {
  console.log(`corpus-ensure-browser: ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

function found() {
  const browser = findBrowser();
  if (browser)
    console.log(
      `corpus-ensure-browser: using ${browser.source} Chromium at ${browser.executablePath}`,
    );
  return Boolean(browser);
}

if (!found()) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    process.env = env;
    // Another apt-get may be running (the data tests install python3-pandas the same way): wait
    // for its lock instead of failing at once.
    const wait = ['-o', 'DPkg::Lock::Timeout=600'];
    if (run('apt-get', [...wait, 'update', '-qq'])) {
      run('apt-get', [...wait, 'install', '-y', '-qq', 'chromium']);
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
