import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    // The CLI tests start a Node process each; give them room on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
