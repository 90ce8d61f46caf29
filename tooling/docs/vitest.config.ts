import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    // Packs the package and installs it once for every test file (src/global-setup.ts).
    globalSetup: ['src/global-setup.ts'],
    // The tests run npm, tsc and the site's server; give them room on a loaded 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
