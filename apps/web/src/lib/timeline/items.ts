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
 * their uncertainty written on them, so nothing looks more precise than the source is. Each
 * precision has its own look (`precision-*`), and an undated fact whose period has no earliest or
 * latest day is marked as running on past the period's edge (`open-start`, `open-end`).
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
  const category = `category-${event.category}`;
  if (event.precision === 'day' && end - start === DAY) {
    return { ...base, type: 'box', start, className: `${category} certain precision-day` };
  }
  if (event.precision === 'day') {
    const short = end - start < SHORT_SPAN ? ' short' : '';
    return {
      ...base,
      type: 'range',
      start,
      end,
      className: `${category} certain precision-day${short}`,
    };
  }
  const kind = event.precision === 'undated' ? 'undated' : `imprecise precision-${event.precision}`;
  const open = `${event.openStart ? ' open-start' : ''}${event.openEnd ? ' open-end' : ''}`;
  return {
    ...base,
    type: 'range',
    start,
    end,
    className: `${category} ${kind}${open}`,
    uncertainty: event.dateLabel,
  };
}

/**
 * A goal's deadline, marked where it falls in the goal's lane: "Target: by 2020" over the
 * deadline's period. It is not a date of the event (the source may not say when a goal was set),
 * so it has a look of its own (`target`, explained in the legend) and stands for its event:
 * choosing it chooses the event.
 */
export interface Target extends ItemSpec {
  target: { event: string };
}

export function isTarget(spec: ItemSpec): spec is Target {
  return 'target' in spec;
}

export function toTargetSpec(event: EventSummary): Target | undefined {
  if (!event.targetDays || !event.targetLabel) return undefined;
  const start = parseDay(event.targetDays.start) ?? 0;
  const end = (parseDay(event.targetDays.end) ?? start) + DAY;
  return {
    id: `target:${event.id}`,
    group: event.category,
    type: 'range',
    start,
    end,
    className: `category-${event.category} target`,
    title: `Target: ${event.targetLabel}`,
    dateLabel: `the deadline of “${event.title}”, not a date of the event`,
    target: { event: event.id },
  };
}

/** Everything the timeline draws for `events`, their targets included, in order of start. */
export function toItemSpecs(events: readonly EventSummary[]): ItemSpec[] {
  const specs: ItemSpec[] = [];
  for (const event of events) {
    specs.push(toItemSpec(event));
    const target = toTargetSpec(event);
    if (target) specs.push(target);
  }
  return specs.sort((a, b) => a.start - b.start);
}
