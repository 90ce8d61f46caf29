import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The shared lint rules: ESLint's recommended set plus typescript-eslint's type-aware strict set.
 * Each workspace spreads this into its own eslint.config.js and adds only what it alone needs.
 * @param {{ tsconfigRootDir: string }} options the workspace folder, for type-aware rules
 */
export function baseConfig({ tsconfigRootDir }) {
  return tseslint.config(
    {
      ignores: [
        'dist/**',
        'build/**',
        'build-*/**',
        '.svelte-kit/**',
        '.svelte-kit-*/**',
        'coverage/**',
        'test-results/**',
        'playwright-report/**',
      ],
    },
    js.configs.recommended,
    ...tseslint.configs.strictTypeChecked,
    {
      languageOptions: {
        globals: { ...globals.node },
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        '@typescript-eslint/consistent-type-imports': 'error',
        '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
        '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      },
    },
    {
      // Tests index into fixtures they just built (a failed assertion reports a wrong guess), and
      // vitest's asymmetric matchers (expect.stringMatching…) are typed `any`.
      files: ['**/*.spec.ts', '**/tests/**/*.ts'],
      rules: {
        '@typescript-eslint/no-non-null-assertion': 'off',
        '@typescript-eslint/no-unsafe-assignment': 'off',
        '@typescript-eslint/no-unsafe-argument': 'off',
      },
    },
    {
      files: ['**/*.js', '**/*.mjs'],
      ...tseslint.configs.disableTypeChecked,
    },
  );
}
