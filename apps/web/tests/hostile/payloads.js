/**
 * Strings that would run script if any page treated data as HTML, an attribute or a URL. Each
 * sets `window.__pwned`, so a test can tell whether one ever ran.
 */
export const PAYLOADS = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<script>window.__pwned='script'</script>`,
  `javascript:window.__pwned='link'`,
  `"><svg onload="window.__pwned='svg'">`,
  `' " autofocus onfocus="window.__pwned='attribute'`,
  `</script><script>window.__pwned='json-ld'</script>`,
  `<a href="javascript:window.__pwned='href'">link</a>`,
  `{@html '<b>svelte</b>'} \${'template'}`,
];

/** A title long enough to test wrapping: no space for 120 characters, then words. */
export const LONG_TITLE = `${'Supercalifragilistic'.repeat(6)} ${'a very long title that keeps going '.repeat(8).trim()}`;

/** How many events the dense dataset puts on one day. */
export const DENSE_DAY = '2020-04-21';
export const DENSE_COUNT = 14;
