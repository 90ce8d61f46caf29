import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tests run npm, tsc and the site's server; give them room on a loaded 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Two sets, each a turbo task of its own (see turbo.json): the site's tests wait for its
    // build and run again when it changes; the others need only the data package.
    projects: [
      {
        extends: true,
        test: {
          name: 'readmes',
          include: ['src/**/*.spec.ts'],
          exclude: ['src/site.spec.ts'],
          // Packs the package and installs it once for every test file (src/global-setup.ts).
          globalSetup: ['src/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['src/site.spec.ts'],
          globalSetup: ['src/site-setup.ts'],
        },
      },
    ],
  },
});
