/**
 * The page benchmark's command line: parsed by hand (five options do not need a parser), with an
 * error that names the option and what it accepts, so a typo never runs a half-hour benchmark.
 */

/** @typedef {'real' | number} Size the real dataset, or a synthetic one with this many events */

/**
 * @typedef {object} Options
 * @property {number} runs measured runs per page and dataset, after one warm-up run
 * @property {Size[]} sizes
 * @property {boolean} skipBuild reuse the builds in .out/ instead of building again
 * @property {number} timeout seconds a page may take to show its first item (and to be ready)
 *   before it is reported as not finishing
 */

/** @type {Options} */
export const DEFAULTS = { runs: 5, sizes: ['real', 1_000, 10_000], skipBuild: false, timeout: 90 };

export const USAGE = `usage: node page-bench.js [--runs N] [--sizes real,1000,10000] [--skip-build] [--timeout S]
  --runs N        measured runs per page and dataset, after one warm-up (default ${DEFAULTS.runs})
  --sizes LIST    datasets: "real" and/or synthetic event counts, comma-separated
                  (default ${DEFAULTS.sizes.join(',')})
  --skip-build    reuse the apps and baselines built by an earlier run in .out/
  --timeout S     seconds a page may take to show its first item, or to be ready, before it is
                  reported as not finishing and its remaining runs are skipped (default ${DEFAULTS.timeout})`;

/** Thrown for a bad command line: the caller prints the message and the usage, without a stack. */
export class UsageError extends Error {}

/**
 * @param {string} text
 * @param {string} option
 * @param {number} min
 */
function positiveInteger(text, option, min) {
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`${option} takes a whole number of at least ${min}, not "${text}"`);
  }
  return Number(text);
}

/** @param {string} text */
function parseSizes(text) {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.some((part) => part === '')) {
    throw new UsageError(`--sizes takes a comma-separated list such as real,1000, not "${text}"`);
  }
  /** @type {Size[]} */
  const sizes = parts.map((part) =>
    part === 'real' ? 'real' : positiveInteger(part, '--sizes', 1),
  );
  if (new Set(sizes).size !== sizes.length) {
    throw new UsageError(`--sizes lists a dataset twice: "${text}"`);
  }
  return sizes;
}

/**
 * Parses `process.argv.slice(2)`. Accepts `--runs 5` and `--runs=5`.
 * @param {string[]} argv
 * @returns {Options & { help: boolean }}
 */
export function parseOptions(argv) {
  const options = { ...DEFAULTS, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    const [name = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    /** The option's value: after `=`, or the next argument. */
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined || next.startsWith('--')) {
        throw new UsageError(`${name} needs a value`);
      }
      return next;
    };
    if (name === '--runs') options.runs = positiveInteger(value(), '--runs', 1);
    else if (name === '--sizes') options.sizes = parseSizes(value());
    else if (name === '--timeout') options.timeout = positiveInteger(value(), '--timeout', 1);
    else if (name === '--skip-build' && inline === undefined) options.skipBuild = true;
    else if (name === '--help' || name === '-h') options.help = true;
    else throw new UsageError(`unknown option "${arg}"`);
  }
  return options;
}
