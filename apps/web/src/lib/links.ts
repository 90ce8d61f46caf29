import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { CITATION_FILES } from './citation-files';
import type { DownloadFile } from './downloads';
import type { RecordKind } from './record-kinds';

/** Every internal link of the site, resolved against the base path in one place. */
export const links = {
  home: () => resolve('/'),
  about: () => resolve('/about'),
  event: (id: string) => resolve('/events/[id]', { id }),
  /** A page of the whole list in date order, as plain HTML (`number` from 1). */
  listPage: (number: number) => resolve('/list/[page]', { page: String(number) }),
  /** A source's reader; with offsets, at that cited span (which the reader scrolls to and focuses). */
  source: (id: string, span?: { start: number; end: number }) =>
    `${resolve('/sources/[id]', { id })}${span ? `#c-${span.start}-${span.end}` : ''}` as ResolvedPathname,
  records: (kind: RecordKind) => resolve('/[kind=kind]', { kind }),
  download: (file: DownloadFile) => resolve('/data/[file]', { file }),
  /** An event's reference in each format, beside its page: `/events/<id>.bib`. */
  eventCitations: (id: string) =>
    CITATION_FILES.map(({ label, extension }) => ({
      label,
      href: resolve(`/events/[id].${extension}`, { id }),
    })),
  /** The whole dataset's reference in each format, among the downloads: `/data/citation.bib`. */
  datasetCitations: () =>
    CITATION_FILES.map(({ label, extension }) => ({
      label,
      href: resolve('/data/[file]', { file: `citation.${extension}` }),
    })),
  /** Every event's summary, fetched by a home page too large to carry them. */
  timelineEvents: () => resolve('/timeline/events.json'),
  /** The home page with one event selected: the same page, so only a query is added. */
  onTimeline: (id: string) => `${resolve('/')}?event=${encodeURIComponent(id)}` as ResolvedPathname,
  /** The timeline without the site around it, for iframes, showing the view `query` gives. */
  embed: (query = '') => `${resolve('/embed')}${query}` as ResolvedPathname,
  /**
   * A page's oEmbed document (its path and `/oembed.json`): the home page's, or an event's.
   * Published only by a build that knows the site's address (CORPUS_SITE_URL).
   */
  oembed: (eventId?: string) =>
    resolve('/[...page]/oembed.json', { page: eventId ? `events/${eventId}` : '' }),
  /** The home page showing a span of days (YYYY-MM-DD, both included). */
  window: (from: string, to: string) => `${resolve('/')}?from=${from}&to=${to}` as ResolvedPathname,
};
