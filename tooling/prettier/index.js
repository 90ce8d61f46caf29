import { fileURLToPath } from 'node:url';

/** The one Prettier config of the workspace; each package points its "prettier" field here. */
/** @type {import('prettier').Config} */
export default {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  useTabs: false,
  // Resolved here, where it is a dependency: pnpm does not let other packages find it by name.
  plugins: [fileURLToPath(import.meta.resolve('prettier-plugin-svelte'))],
  overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }],
};
