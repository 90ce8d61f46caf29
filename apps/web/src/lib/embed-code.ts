/**
 * The `<iframe>` code that embeds the timeline, one home for the Embed dialog and the oEmbed
 * documents. The size suits an article column: the host may make it narrower (it shrinks to the
 * column) and follow the height the embed asks for (see embed-protocol.ts).
 */
export const EMBED_SIZE = { width: 960, height: 660 } as const;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe for an /embed address (`src`, with the view's query) and its accessible title. */
export function embedCode({ src, title }: { src: string; title: string }): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" ` +
    'style="border: 0; max-width: 100%" loading="lazy"></iframe>'
  );
}
