import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each cache-key test asks turbo for a dry run several times, seconds each on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
