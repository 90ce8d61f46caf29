import { homeData } from '$lib/server/data';
import { timelinePreloads } from '$lib/server/timeline-preload';
import { LIST_PAGE_SIZE } from '$lib/list-pages';
import { gatherUndated } from '$lib/timeline/bands';
import { toItemSpecs } from '$lib/timeline/items';
import { coverageWindow } from '$lib/timeline/window';
import { pickItems } from '$lib/timeline/windowed';

/**
 * Up to this many events, the home page carries every event's summary. Above it, the page stays
 * the same size at any scale: it carries the first page of the list and what the timeline draws
 * over the whole period (counts), and fetches the rest (timeline/events.json) when the reader
 * first needs it: to search, filter, page through the list, walk by keyboard or zoom in.
 */
const INLINE_LIMIT = 1000;

/**
 * What the home page and its chrome-less twin /embed draw: the same timeline, from the same data.
 */
export function homePage() {
  const { events, ...rest } = homeData;
  const limits = coverageWindow(homeData.coverage);
  const inline = events.length <= INLINE_LIMIT;
  const specs = toItemSpecs(events);
  return {
    ...rest,
    total: events.length,
    events: inline ? events : null,
    head: events.slice(0, LIST_PAGE_SIZE),
    // What the timeline draws over the whole period before the events are loaded.
    initialItems: inline
      ? null
      : pickItems(
          gatherUndated(specs, () => false),
          limits,
          { limits },
        ).items,
    timelineScripts: timelinePreloads(),
  };
}

export type HomePage = ReturnType<typeof homePage>;
