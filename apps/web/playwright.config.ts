import { defineConfig } from '@playwright/test';
import { defineCorpusConfig } from '@corpus/playwright';

// Serves the built site (build/) exactly as `pnpm start` does; see tooling/playwright.
export default defineConfig(defineCorpusConfig({ site: 'build' }));
