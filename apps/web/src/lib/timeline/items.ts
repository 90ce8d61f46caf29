import type { EventSummary } from '$lib/types';
import { DAY, parseDay } from './window';

/** What the timeline draws for one event, before it becomes a vis-timeline item. */
export interface ItemSpec {
  id: string;
  group: string;
  type: 'box' | 'range';
  start: number;
  end?: number;
  className: string;
  title: string;
  dateLabel: string;
  /** Shown before the title on the item itself where the date is uncertain. */
  uncertainty?: string;
}

/** Spans shorter than this are too narrow to hold their label at most zoom levels. */
const SHORT_SPAN = 45 * DAY;

/**
 * Chooses how an event is drawn: a dated day is a box; a dated span is a range; a month or year
 * without its day, and an undated fact, are faded ranges over every day they could fall on, with
 * their uncertainty written on them, so nothing looks more precise than the source is.
 */
export function toItemSpec(event: EventSummary): ItemSpec {
  const start = parseDay(event.start) ?? 0;
  const end = (parseDay(event.end) ?? start) + DAY;
  const base = {
    id: event.id,
    group: event.category,
    title: event.title,
    dateLabel: event.dateLabel,
  };
  if (event.certainty === 'day' && end - start === DAY) {
    return { ...base, type: 'box', start, className: `category-${event.category} certain` };
  }
  if (event.certainty === 'day') {
    const short = end - start < SHORT_SPAN ? ' short' : '';
    return {
      ...base,
      type: 'range',
      start,
      end,
      className: `category-${event.category} certain${short}`,
    };
  }
  return {
    ...base,
    type: 'range',
    start,
    end,
    // An open end is only the window's edge, not where the fact begins or ends: say so to the drawing.
    className: `category-${event.category} ${event.certainty}${event.openStart ? ' open-start' : ''}${event.openEnd ? ' open-end' : ''}`,
    uncertainty: event.dateLabel,
  };
}
