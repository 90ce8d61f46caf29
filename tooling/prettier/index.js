/** The one Prettier config of the workspace; each package points its "prettier" field here. */
/** @type {import('prettier').Config} */
export default {
  printWidth: 100,
  singleQuote: true,
  trailingComma: 'all',
  useTabs: false,
};
