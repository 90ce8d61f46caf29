#!/usr/bin/env node
/**
 * Builds the same app from the hostile dataset into build-hostile/, with SvelteKit's working files
 * in their own folder so the real build and its checks are never touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHostileDataset } from './make-dataset.js';

const app = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = join(app, '.svelte-kit-hostile');
mkdirSync(work, { recursive: true });
const file = join(work, 'dataset.json');
const { events } = writeHostileDataset(file);
console.log(`hostile dataset: ${events} events in ${file}`);
const result = spawnSync(
  process.execPath,
  [join(app, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: app,
    stdio: 'inherit',
    env: {
      ...process.env,
      CORPUS_DATASET: file,
      CORPUS_BUILD_DIR: 'build-hostile',
      CORPUS_KIT_DIR: '.svelte-kit-hostile',
    },
  },
);
process.exit(result.status ?? 1);
