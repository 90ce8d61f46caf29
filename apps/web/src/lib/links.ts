import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { DownloadFile } from './downloads';

/** Every internal link of the site, resolved against the base path in one place. */
export const links = {
  home: () => resolve('/'),
  about: () => resolve('/about'),
  event: (id: string) => resolve('/events/[id]', { id }),
  /** A page of the whole list in date order, as plain HTML (`number` from 1). */
  listPage: (number: number) => resolve('/list/[page]', { page: String(number) }),
  download: (file: DownloadFile) => resolve('/data/[file]', { file }),
  /** The home page with one event selected: the same page, so only a query is added. */
  onTimeline: (id: string) => `${resolve('/')}?event=${encodeURIComponent(id)}` as ResolvedPathname,
};
