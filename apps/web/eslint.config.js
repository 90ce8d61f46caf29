import { baseConfig } from '@corpus/eslint-config/base';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
  ...baseConfig({ tsconfigRootDir: import.meta.dirname }),
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser },
      // Every file, not only components: typescript-eslint rebuilds its TypeScript project when
      // the list changes, which the first component after a .ts file did (2.9 s, 2026-12-07).
      parserOptions: { extraFileExtensions: ['.svelte'] },
    },
    rules: {
      // Shallow routing only adds a query to the current page; links themselves use resolve().
      'svelte/no-navigation-without-resolve': [
        'error',
        { ignorePushState: true, ignoreReplaceState: true },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        parser: tseslint.parser,
        svelteConfig,
      },
    },
    rules: {
      // typescript-eslint sees imported components as `any`; svelte-check type-checks them fully.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
