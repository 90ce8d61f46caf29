import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { DownloadFile } from './downloads';

/** Every internal link of the site, resolved against the base path in one place. */
export const links = {
  home: () => resolve('/'),
  about: () => resolve('/about'),
  event: (id: string) => resolve('/events/[id]', { id }),
  download: (file: DownloadFile) => resolve('/data/[file]', { file }),
  /** Every event's summary, fetched by a home page too large to carry them. */
  timelineEvents: () => resolve('/timeline/events.json'),
  /** The home page with one event selected: the same page, so only a query is added. */
  onTimeline: (id: string) => `${resolve('/')}?event=${encodeURIComponent(id)}` as ResolvedPathname,
  /** The home page showing a span of days (YYYY-MM-DD, both included). */
  window: (from: string, to: string) => `${resolve('/')}?from=${from}&to=${to}` as ResolvedPathname,
};
