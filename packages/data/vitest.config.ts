import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    // The spec files share their modules instead of each loading zod, the dataset and the
    // exporters anew: no spec changes a module's state, the environment or a global. 197 tests in
    // 13-20 CPU-s against 28-29 isolated (2026-12-07).
    isolate: false,
    // The CLI tests start a Node process each; give them room on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
