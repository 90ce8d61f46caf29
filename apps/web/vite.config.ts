import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  test: {
    // Unit tests only; Playwright's specs in tests/ are run by Playwright.
    include: ['src/**/*.spec.ts'],
  },
});
