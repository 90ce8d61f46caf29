import { defineConfig } from '@playwright/test';
import { defineCorpusConfig } from '@corpus/playwright';

// Serves the built sites exactly as `pnpm start` does (see tooling/playwright): the real one, and
// the same app built from the hostile dataset by tests/hostile/build.js.
export default defineConfig(
  defineCorpusConfig({
    sites: [
      { name: 'site', dir: 'build', port: 4317 },
      { name: 'hostile', dir: 'build-hostile', port: 4318 },
    ],
  }),
);
