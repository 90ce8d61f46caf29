import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { writeKitDirTsconfig } from './src/lib/server/kit-dir-tsconfig.js';
import { visTimelineTrimmed } from './src/lib/server/vis-timeline-trimmed.js';

/** SvelteKit's working files elsewhere (tests/build-site.js, the page bench) bring their tsconfig. */
const kitDir = process.env.CORPUS_KIT_DIR;
const tsconfig =
  kitDir && kitDir !== '.svelte-kit' ? writeKitDirTsconfig(import.meta.dirname, kitDir) : undefined;

/**
 * Says once per build whether it includes the source text. The pages' server code reads and
 * checks the text (src/lib/server/source-texts.ts) in each of SvelteKit's build steps, which
 * would say it twice.
 */
function sourceTextNotice(): Plugin {
  return {
    name: 'corpus-source-text-notice',
    apply: 'build',
    buildStart() {
      // Each of SvelteKit's builds loads this config anew, so the flag lives in the process.
      if (process.env.CORPUS_SOURCE_NOTICE) return;
      process.env.CORPUS_SOURCE_NOTICE = 'said';
      const dir = process.env.CORPUS_SOURCE_DIR;
      console.info(
        dir
          ? `corpus: this build includes the source text from CORPUS_SOURCE_DIR=${dir}, checked against its recorded SHA-256 and length`
          : 'corpus: CORPUS_SOURCE_DIR is unset, so this build leaves the source text out (readers can open their own copy)',
      );
    },
  };
}

export default defineConfig({
  plugins: [sourceTextNotice(), visTimelineTrimmed(), sveltekit()],
  tsconfig,
  test: {
    // Unit tests only; Playwright's specs in tests/ are run by Playwright.
    include: ['src/**/*.spec.ts'],
    // The spec files share their modules instead of each loading them anew: no spec changes a
    // module's state, the environment or a global. 172 tests in 10-13 CPU-s against 17-23
    // isolated (2026-12-07).
    isolate: false,
  },
});
