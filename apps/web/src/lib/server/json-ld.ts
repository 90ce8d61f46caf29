/**
 * A JSON-LD block for `<svelte:head>`. `<` is escaped so no string in the data can close the
 * script element early; JSON.stringify already escapes quotes and control characters.
 */
export function jsonLdScript(value: unknown): string {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
