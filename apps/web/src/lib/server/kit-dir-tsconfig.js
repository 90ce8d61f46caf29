/**
 * A tsconfig for a build whose SvelteKit working files are not in .svelte-kit/ (the test sites'
 * .svelte-kit-<name>/, the bench's .out/kit-<name>/). Vite's transform reads the app's
 * tsconfig.json, which extends ./.svelte-kit/tsconfig.json: on a fresh clone that file exists only
 * once another build or `svelte-kit sync` has written it, so a lone variant build failed with
 * "Tsconfig not found". This one is the app's own, re-pointed at the build's working files, and
 * written beside them. Plain JavaScript: vite.config.ts loads it before anything is compiled.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

const DEFAULT_KIT_DIR = '.svelte-kit';
/** The fields whose values are paths, resolved from the file that holds them. */
const PATH_LISTS = /** @type {const} */ (['extends', 'include', 'exclude', 'files']);

/**
 * @typedef {{ extends?: string | string[], include?: string[], exclude?: string[],
 *   files?: string[], [key: string]: unknown }} Tsconfig
 */

/**
 * The app's tsconfig as it reads from `kitDir`: its paths rebased there, and those under
 * .svelte-kit/ moved to the same place under `kitDir`.
 * @param {Tsconfig} tsconfig the app's tsconfig.json, parsed
 * @param {string} app the app's folder, absolute
 * @param {string} kitDir the build's working files, absolute or relative to `app`
 * @returns {Tsconfig}
 */
export function retargetTsconfig(tsconfig, app, kitDir) {
  const defaultKit = join(app, DEFAULT_KIT_DIR);
  const kit = resolve(app, kitDir);
  /** @param {string} path */
  const move = (path) => {
    const absolute = resolve(app, path);
    const inKit = relative(defaultKit, absolute);
    const target =
      inKit === '' || (!inKit.startsWith('..') && !isAbsolute(inKit)) ? join(kit, inKit) : absolute;
    const rebased = relative(kit, target).split(sep).join('/');
    return rebased.startsWith('.') ? rebased : `./${rebased}`;
  };
  /** @type {Record<string, unknown>} */
  const retargeted = { ...tsconfig };
  for (const field of PATH_LISTS) {
    const value = tsconfig[field];
    if (typeof value === 'string') retargeted[field] = move(value);
    else if (Array.isArray(value)) retargeted[field] = value.map(move);
  }
  return /** @type {Tsconfig} */ (retargeted);
}

/**
 * Writes the retargeted tsconfig into `kitDir` and returns its path, for Vite's `tsconfig`.
 * @param {string} app
 * @param {string} kitDir
 */
export function writeKitDirTsconfig(app, kitDir) {
  const source = join(app, 'tsconfig.json');
  /** @type {Tsconfig} */
  let tsconfig;
  try {
    tsconfig = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new Error(`${source}: cannot be read as JSON (${/** @type {Error} */ (error).message})`, {
      cause: error,
    });
  }
  const dir = resolve(app, kitDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'tsconfig.app.json');
  writeFileSync(file, `${JSON.stringify(retargetTsconfig(tsconfig, app, kitDir), null, 2)}\n`);
  return file;
}
