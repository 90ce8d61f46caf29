/**
 * Everything the page benchmark serves, built into .out/ (gitignored): the synthetic datasets,
 * the app built from each dataset, and the comparison pages (bare vis-timeline, TimelineJS3)
 * drawing the events each app build published.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { dataset as realDataset, formatProblems, parseDataset } from '@corpus/data';
import { makeSyntheticDataset } from '../synthetic.js';

export const BENCH = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(BENCH, '.out');
const WEB = join(BENCH, '..', '..', 'apps', 'web');
const BASELINE_SOURCE = join(BENCH, 'baseline');
const TIMELINEJS_SOURCE = join(BENCH, 'timelinejs');
const TIMELINEJS_DIST = join(BENCH, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
/** The seed of every synthetic dataset, so each run measures the same events. */
const SEED = 1;
/**
 * A build that takes longer than this is stuck: stop it and say so. 100,000 events (four files
 * each) take about half an hour on a shared two-core machine.
 */
const BUILD_TIMEOUT_MS = 60 * 60 * 1000;

/** @typedef {import('./options.js').Size} Size */
/** @typedef {import('@corpus/data').DeepReadonly<import('@corpus/data').Dataset>} Dataset */

/** @param {Size} size */
export const sizeLabel = (size) => (size === 'real' ? 'real' : size.toLocaleString('en'));

/** Where each page of one dataset is built. @param {Size} size */
export function sitesOf(size) {
  return {
    app: join(OUT, `app-${size}`),
    baseline: join(OUT, `baseline-${size}`),
    timelinejs: join(OUT, `timelinejs-${size}`),
  };
}

/** @param {Size} size */
const datasetFile = (size) => join(OUT, 'datasets', `${size}.json`);

/**
 * Writes the synthetic dataset of `size` events to .out/datasets/ and returns it parsed, exactly
 * as the app's build will read it.
 * @param {Size} size
 * @returns {Dataset}
 */
function loadDataset(size) {
  if (size === 'real') return realDataset;
  const file = datasetFile(size);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(makeSyntheticDataset(size, SEED)));
  const result = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(
      `synthetic dataset of ${size} events is invalid:\n${formatProblems(result.problems)}`,
    );
  }
  return result.data;
}

/**
 * Runs a command with its output in a log file, failing with the log's end when it fails.
 * @param {string} name what is built, for messages
 * @param {string[]} args node arguments
 * @param {{ cwd: string, env: NodeJS.ProcessEnv }} options
 */
function run(name, args, { cwd, env }) {
  const log = join(OUT, 'logs', `${name}.log`);
  mkdirSync(dirname(log), { recursive: true });
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const output = [];
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => output.push(chunk));
    child.stderr.on('data', (/** @type {Buffer} */ chunk) => output.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const text = Buffer.concat(output).toString('utf8');
      writeFileSync(log, text);
      if (code === 0) resolve(undefined);
      else {
        const why = signal
          ? `was stopped (${signal}) after ${BUILD_TIMEOUT_MS / 60_000} min`
          : `failed (exit ${code})`;
        const tail = text.trimEnd().split('\n').slice(-25).join('\n');
        reject(new Error(`building ${name} ${why}; full log in ${log}:\n${tail}`));
      }
    });
  });
}

/**
 * The app's build resolves its packages from where SvelteKit's working files are; those live in
 * .out/ (not in apps/web, which this benchmark leaves alone), so .out/node_modules points at the
 * app's own packages and the server code finds the same ones it would in apps/web.
 */
function linkAppPackages() {
  const link = join(OUT, 'node_modules');
  if (!existsSync(link)) symlinkSync(join(WEB, 'node_modules'), link, 'dir');
}

/**
 * Builds apps/web into `dir` exactly as `vite build` does, with `env` on top of this process's
 * environment (the dataset, the source folder), its SvelteKit working files in .out/kit-<name> so
 * parallel builds and apps/web's own never collide.
 * @param {string} name what is built, for messages and the log file
 * @param {string} dir
 * @param {NodeJS.ProcessEnv} env
 */
export async function buildAppInto(name, dir, env) {
  mkdirSync(OUT, { recursive: true });
  linkAppPackages();
  rmSync(dir, { recursive: true, force: true });
  await run(name, [join(WEB, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: WEB,
    env: {
      ...process.env,
      CORPUS_BUILD_DIR: dir,
      CORPUS_KIT_DIR: join(OUT, `kit-${name}`),
      ...env,
    },
  });
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`building ${name} wrote no index.html in ${dir}`);
  }
}

/**
 * Builds apps/web from one dataset into .out/app-<size>. The timeline pages carry no source text.
 * @param {Size} size
 */
async function buildApp(size) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { CORPUS_SOURCE_DIR: '' };
  // The real build is the bundled dataset: a CORPUS_DATASET left in the shell must not replace it.
  if (size === 'real') env.CORPUS_DATASET = '';
  else env.CORPUS_DATASET = datasetFile(size);
  await buildAppInto(`app-${size}`, sitesOf(size).app, env);
}

/**
 * Bundles a comparison page once (its code does not depend on the dataset) into .out/<name>-bundle.
 * @param {string} root
 * @param {string} name
 */
async function bundle(root, name) {
  const { build } = await import('vite');
  const outDir = join(OUT, `${name}-bundle`);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false } },
  });
  return outDir;
}

/** Every file under `dir`, recursively. @param {string} dir @returns {string[]} */
function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesIn(path) : [path];
  });
}

/**
 * A comparison site of one dataset: the bundle, the events the app built publishes (its
 * timeline/events.json, as events.json), any extra files, and a .gz twin of every text file (as
 * the app's `precompress` writes), so the server sends every page compressed.
 * @param {string} bundled
 * @param {string} site
 * @param {Size} size
 * @param {Record<string, string>} [extra] folders to copy in, by their path in the site
 */
function writeComparison(bundled, site, size, extra = {}) {
  rmSync(site, { recursive: true, force: true });
  cpSync(bundled, site, { recursive: true });
  cpSync(join(sitesOf(size).app, 'timeline', 'events.json'), join(site, 'events.json'));
  for (const [path, from] of Object.entries(extra))
    cpSync(from, join(site, path), { recursive: true });
  for (const file of filesIn(site)) {
    if (!/\.(html|js|css|json)$/.test(file)) continue;
    writeFileSync(
      `${file}.gz`,
      gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }),
    );
  }
}

/**
 * Builds every page of every dataset: the apps one at a time, so each build's time is its own
 * (the build time per 1,000 events is one of the figures), then the comparison pages from the
 * events each app build published. Returns each app build's time in seconds.
 * @param {Size[]} sizes
 * @param {(message: string) => void} log
 * @returns {Promise<Record<string, number>>}
 */
export async function buildAll(sizes, log) {
  mkdirSync(OUT, { recursive: true });
  linkAppPackages();
  // The app's tsconfig extends SvelteKit's generated one, which a fresh clone does not have yet.
  await run(
    'svelte-kit-sync',
    [join(WEB, 'node_modules', '@sveltejs', 'kit', 'svelte-kit.js'), 'sync'],
    {
      cwd: WEB,
      env: process.env,
    },
  );
  /** @type {Record<string, number>} */
  const seconds = {};
  for (const size of sizes) {
    loadDataset(size);
    const started = performance.now();
    await buildApp(size);
    seconds[String(size)] = (performance.now() - started) / 1000;
    log(`app built for ${sizeLabel(size)} in ${(seconds[String(size)] ?? 0).toFixed(0)} s`);
  }
  const baseline = await bundle(BASELINE_SOURCE, 'baseline');
  const timelinejs = await bundle(TIMELINEJS_SOURCE, 'timelinejs');
  for (const size of sizes) {
    const sites = sitesOf(size);
    writeComparison(baseline, sites.baseline, size);
    writeComparison(timelinejs, sites.timelinejs, size, { tl: TIMELINEJS_DIST });
  }
  log(`comparison pages written to ${OUT}/{baseline,timelinejs}-*`);
  return seconds;
}

/**
 * With --skip-build: says which builds are missing rather than measuring an empty folder.
 * @param {Size[]} sizes
 */
export function checkBuilt(sizes) {
  const missing = sizes.flatMap((size) =>
    Object.values(sitesOf(size)).filter((dir) => !existsSync(join(dir, 'index.html'))),
  );
  if (missing.length > 0) {
    throw new Error(
      `--skip-build, but these are not built: ${missing.join(', ')}; run once without --skip-build`,
    );
  }
}
