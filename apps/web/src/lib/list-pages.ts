/** How many events the list shows at once: enough to scroll, few enough to draw at once. */
export const LIST_PAGE_SIZE = 100;

export interface ListPage {
  /** Index of the first event shown. */
  start: number;
  /** Index after the last event shown. */
  end: number;
  /** 1-based, for people. */
  number: number;
  count: number;
  /** How many events the whole list has. */
  total: number;
}

/** The page that starts at or holds `index`, clamped to the events there are. */
export function pageAt(index: number, total: number, size = LIST_PAGE_SIZE): ListPage {
  const count = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(0, Math.floor(index / size)), count - 1);
  return {
    start: page * size,
    end: Math.min(total, (page + 1) * size),
    number: page + 1,
    count,
    total,
  };
}

/** Every page of a list of `total` events, first to last: one (empty) page when there are none. */
export function listPages(total: number, size = LIST_PAGE_SIZE): ListPage[] {
  const { count } = pageAt(0, total, size);
  return Array.from({ length: count }, (_, index) => pageAt(index * size, total, size));
}
