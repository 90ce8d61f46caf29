import { isBand, type Band } from './bands';
import { isTarget, type ItemSpec } from './items';
import { DAY, type TimeWindow } from './window';

/**
 * At most this many items are handed to vis-timeline at once. It lays out and measures every item
 * it holds, so at thousands of events the first draw takes seconds and every frame of a drag is
 * slow (see tooling/bench); under this, both stay quick.
 */
export const ITEM_LIMIT = 150;

/** A count of events drawn in place of the events themselves, where too many share the view. */
export interface Aggregate extends ItemSpec {
  aggregate: { count: number; start: number; end: number };
}

export type DrawnSpec = ItemSpec | Aggregate | Band;

export interface Picked {
  items: DrawnSpec[];
  /** The span these items were picked for; outside it they must be picked again. */
  region: TimeWindow;
}

export function isAggregate(spec: DrawnSpec): spec is Aggregate {
  return 'aggregate' in spec;
}

const endOf = (spec: ItemSpec) => spec.end ?? spec.start + DAY;

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
const UNITS: [Unit, number][] = [
  ['day', DAY],
  ['week', 7 * DAY],
  ['month', 30 * DAY],
  ['quarter', 91 * DAY],
  ['year', 365 * DAY],
];
/** At most about this many buckets across the view when events are counted instead of drawn. */
const BUCKETS_PER_VIEW = 16;
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/**
 * What the timeline draws for a view of `window`, from `specs` sorted by start: every event when
 * they fit under the limit; otherwise the events near the view, if they fit, with the ones that
 * stretch past it counted per lane; otherwise counts per lane and calendar bucket (a week, month,
 * quarter or year, whichever gives about two dozen across the view). The event in `keep` (the
 * selection) is drawn whenever it lies near the view, so it can always be seen highlighted. Bands
 * of undated facts (see bands.ts), one per lane and bound, and goals' targets (see items.ts) are
 * few, and always drawn.
 */
export function pickItems(
  all: readonly ItemSpec[],
  window: TimeWindow,
  {
    limits,
    keep,
    limit = ITEM_LIMIT,
  }: { limits: TimeWindow; keep?: string | null; limit?: number },
): Picked {
  if (all.length <= limit) return { items: [...all], region: limits };
  // Bands and targets are few and stand for events counted elsewhere: always drawn, never counted.
  const always = all.filter((spec) => isBand(spec) || isTarget(spec));
  const specs = always.length > 0 ? all.filter((spec) => !isBand(spec) && !isTarget(spec)) : all;
  const span = window.end - window.start;
  const region = {
    start: Math.max(limits.start, window.start - span / 2),
    end: Math.min(limits.end, window.end + span / 2),
  };
  const near: ItemSpec[] = [];
  const long: ItemSpec[] = [];
  for (const spec of specs) {
    if (spec.start >= region.end) break;
    if (endOf(spec) <= region.start) continue;
    (endOf(spec) - spec.start >= region.end - region.start ? long : near).push(spec);
  }
  if (near.length + long.length <= limit) return { items: [...near, ...long, ...always], region };

  const kept = keep ? [...near, ...long].find((spec) => spec.id === keep) : undefined;
  const others = (list: ItemSpec[]) => (kept ? list.filter((spec) => spec !== kept) : list);
  const spanning = countSpanning(others(long), region);
  const items: DrawnSpec[] =
    near.length + spanning.length <= limit
      ? [...others(near), ...spanning]
      : [...countInBuckets(others(near), span), ...spanning];
  if (kept) items.push(kept);
  items.push(...always);
  return { items, region };
}

/** The events that stretch past the region, one count per lane across the region. */
function countSpanning(specs: readonly ItemSpec[], region: TimeWindow): Aggregate[] {
  const counts = new Map<string, number>();
  for (const spec of specs) counts.set(spec.group, (counts.get(spec.group) ?? 0) + 1);
  return [...counts].map(([group, count]) =>
    aggregate(group, count, region.start, region.end, 'across this view', 'spanning'),
  );
}

/** Events counted per lane and calendar bucket, each count drawn over its bucket. */
function countInBuckets(specs: readonly ItemSpec[], span: number): Aggregate[] {
  const unit = UNITS.find(([, length]) => length >= span / BUCKETS_PER_VIEW)?.[0] ?? 'year';
  const buckets = new Map<string, { group: string; start: number; count: number }>();
  for (const spec of specs) {
    const start = bucketStart(spec.start, unit);
    const key = `${spec.group} ${start}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.count += 1;
    else buckets.set(key, { group: spec.group, start, count: 1 });
  }
  return [...buckets.values()].map(({ group, start, count }) =>
    aggregate(group, count, start, nextBucket(start, unit), describeBucket(start, unit), unit),
  );
}

function aggregate(
  group: string,
  count: number,
  start: number,
  end: number,
  when: string,
  kind: string,
): Aggregate {
  const title = `${count.toLocaleString('en')} ${count === 1 ? 'event' : 'events'}`;
  // Drawn a little inside its span, so neighbouring counts sit side by side instead of stacking.
  const inset = (end - start) * 0.04;
  return {
    id: `aggregate:${group}:${kind}:${start}`,
    group,
    type: 'range',
    start: start + inset,
    end: end - inset,
    className: `category-${group} aggregate`,
    title,
    dateLabel: `${when}: zoom in to see them`,
    aggregate: { count, start, end },
  };
}

/** Midnight UTC at the start of the bucket holding `time`; weeks start on Monday. */
export function bucketStart(time: number, unit: Unit): number {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (unit) {
    case 'day':
      return Math.floor(time / DAY) * DAY;
    case 'week': {
      // 1 January 1970 was a Thursday: shift by three days so weeks start on Monday.
      const days = Math.floor(time / DAY) + 3;
      return (days - (((days % 7) + 7) % 7) - 3) * DAY;
    }
    case 'month':
      return Date.UTC(year, month, 1);
    case 'quarter':
      return Date.UTC(year, month - (month % 3), 1);
    case 'year':
      return Date.UTC(year, 0, 1);
  }
}

function nextBucket(start: number, unit: Unit): number {
  const date = new Date(start);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (unit) {
    case 'day':
      return start + DAY;
    case 'week':
      return start + 7 * DAY;
    case 'month':
      return Date.UTC(year, month + 1, 1);
    case 'quarter':
      return Date.UTC(year, month + 3, 1);
    case 'year':
      return Date.UTC(year + 1, 0, 1);
  }
}

function describeBucket(start: number, unit: Unit): string {
  const date = new Date(start);
  const year = date.getUTCFullYear();
  const month = MONTH.format(start);
  const day = `${date.getUTCDate()} ${month} ${year}`;
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return `the week of ${day}`;
    case 'month':
      return `${month} ${year}`;
    case 'quarter':
      return `${month}–${MONTH.format(Date.UTC(year, date.getUTCMonth() + 2, 1))} ${year}`;
    case 'year':
      return String(year);
  }
}
