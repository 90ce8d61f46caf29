import globals from 'globals';
import { baseConfig } from '@corpus/eslint-config/base';

export default [
  // The page benchmark's builds, datasets and baseline pages.
  { ignores: ['.out/**'] },
  ...baseConfig({ tsconfigRootDir: import.meta.dirname }),
  {
    // Code that runs in the browser: the baseline page, the script injected into every page, and
    // the functions the measurements evaluate in the page.
    files: ['baseline/**/*.js', 'page/instrument.js', 'page/measure.js', 'reader-bench.js'],
    languageOptions: { globals: globals.browser },
  },
];
