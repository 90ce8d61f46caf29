import { defineConfig } from '@playwright/test';
import { defineCorpusConfig } from '@corpus/playwright';
import { SUBPATH } from './tests/subpath/settings.js';

// Serves the built sites exactly as `pnpm start` does (see tooling/playwright): the real one, and
// the same app built from the hostile dataset by tests/hostile/build.js, and from a synthetic one
// large enough to page the list and count events on the timeline, by tests/scale/build.js, and
// from the bundled facts under a base path with a public address, by tests/subpath/build.js, and
// from the real facts without the source text, by tests/no-text/build.js; and, on an origin of its
// own, a page of another site that embeds the timeline (tests/embed-host, for tests/embed.spec.ts).
export default defineConfig(
  defineCorpusConfig({
    sites: [
      { name: 'site', dir: 'build' },
      { name: 'hostile', dir: 'build-hostile' },
      { name: 'scale', dir: 'build-scale' },
      { name: 'subpath', dir: 'build-subpath', base: SUBPATH.BASE_PATH },
      { name: 'no-text', dir: 'build-no-text' },
    ],
    pages: [{ name: 'embed-host', dir: 'tests/embed-host' }],
  }),
);
