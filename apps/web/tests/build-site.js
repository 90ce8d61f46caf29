/**
 * Builds the same app from another dataset, or with other settings, into build-<name>/, with
 * SvelteKit's working files in .svelte-kit-<name>/ so the real build and its checks are never
 * touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} name
 * @param {((file: string) => { events: number }) | undefined} writeDataset writes the dataset's
 *   JSON to `file`; without it the site is built from the bundled facts
 * @param {{ settings?: Record<string, string>, sourceDir?: string }} [options] more environment
 *   for the build (BASE_PATH, …); `sourceDir` replaces CORPUS_SOURCE_DIR ('' builds without the
 *   source text)
 */
export function buildSite(
  name,
  writeDataset,
  { settings = {}, sourceDir = process.env.CORPUS_SOURCE_DIR } = {},
) {
  const work = join(app, `.svelte-kit-${name}`);
  mkdirSync(work, { recursive: true });
  const file = join(work, 'dataset.json');
  if (writeDataset) {
    const { events } = writeDataset(file);
    console.log(`${name} dataset: ${events} events in ${file}`);
  }
  const result = spawnSync(
    process.execPath,
    [join(app, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: app,
      stdio: 'inherit',
      env: {
        ...process.env,
        ...settings,
        CORPUS_DATASET: writeDataset ? file : '',
        CORPUS_BUILD_DIR: `build-${name}`,
        CORPUS_KIT_DIR: `.svelte-kit-${name}`,
        CORPUS_SOURCE_DIR: sourceDir ?? '',
        // Gzip twins only: best brotli is most of the cost of compressing (see precompress.js),
        // and these sites test data and settings, not compression; the real build keeps both.
        CORPUS_PRECOMPRESS: 'gzip',
      },
    },
  );
  if (result.status === 0) return;
  const why = result.error
    ? `could not start (${result.error.message})`
    : result.signal
      ? `was stopped by ${result.signal}`
      : `failed (exit ${result.status})`;
  console.error(`building the ${name} site into build-${name}/ ${why}: its messages are above`);
  process.exit(result.status || 1);
}
