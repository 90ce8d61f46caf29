import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    // The pack-and-install test runs npm and tsc; give it room on a loaded 2-core machine.
    testTimeout: 180_000,
  },
});
