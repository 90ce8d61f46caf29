import type { MarkPiece, Piece, Span } from '@corpus/data/text';
import { escapeHtml as escape } from '$lib/escape-html';
import { entryId, spanId } from '$lib/reader/reading';
import type { RecordLink } from '$lib/types';

/** Attributes of a mark fragment: names are fixed by the caller, values are escaped here. */
export type MarkAttributes = (mark: MarkPiece) => Record<string, string | number | undefined>;

/**
 * The one renderer of the package's segmentation: text as escaped text, each mark fragment a
 * <mark> nested as the pieces are, each term occurrence a <b class="term">. Built as a string so
 * a page with thousands of marks is plain markup to hydrate rather than thousands of components;
 * everything from the text or the attributes is escaped, so nothing in them becomes markup.
 */
export function markedHtml(
  text: string,
  offset: number,
  pieces: readonly Piece[],
  attributes?: MarkAttributes,
): string {
  let html = '';
  const draw = (list: readonly Piece[]) => {
    for (const piece of list) {
      if (piece.kind === 'text') {
        const words = escape(text.slice(piece.start - offset, piece.end - offset));
        html += piece.term ? `<b class="term">${words}</b>` : words;
      } else {
        html += '<mark';
        for (const [name, value] of Object.entries(attributes?.(piece) ?? {})) {
          if (value !== undefined) html += ` ${name}="${escape(String(value))}"`;
        }
        html += '>';
        draw(piece.children);
        html += '</mark>';
      }
    }
  };
  draw(pieces);
  return html;
}

/**
 * A paragraph's list of the spans cited in it, each with the records resting on it as links:
 * beside the marks (`marked`, each entry the description its mark points at) or, without the
 * text, on its own (each entry then what a `#c-<start>-<end>` link reaches). Built as a string
 * for the reason `markedHtml` is; every label and address is escaped.
 */
export function spanEntriesHtml(
  entries: readonly { span: Span; records: readonly RecordLink[] }[],
  { marked }: { marked: boolean },
): string {
  return entries
    .map(({ span, records }) => {
      const id = marked ? entryId(span) : spanId(span);
      const links = records
        .map(
          (record) =>
            `<li><a href="${escape(record.href)}">${escape(record.label)}</a> <span class="kind">${escape(record.kind)}</span></li>`,
        )
        .join('');
      return `<li id="${id}" class="span-entry"><span class="span-link">characters ${span.start}–${span.end}</span><ul class="records">${links}</ul></li>`;
    })
    .join('');
}
