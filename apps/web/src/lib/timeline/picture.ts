import { DAY, type TimeWindow } from './window';
import { isBand } from './bands';
import { isAggregate, type DrawnSpec } from './windowed';

/**
 * The timeline as a picture: where each item, lane, row and axis tick goes for one view. It is
 * drawn as HTML by Picture.svelte (prerendered, so the timeline is on the page before any
 * JavaScript runs), serialised to SVG for "Download picture", and handed to vis-timeline as its
 * rows, label sides and axis steps when it takes over, so every view of the timeline follows one
 * set of layout rules.
 */

/**
 * Pixel sizes shared by the picture's CSS (as custom properties, see `geometryStyle`) and
 * vis-timeline's options, so both draw rows and axis alike.
 */
export const GEOMETRY = {
  /** Every item's height: a touch target of at least 24 px (WCAG 2.5.8). */
  itemHeight: 24,
  /**
   * A band of undated facts is thinner, so it does not drown the dated items; as wide as the
   * period it covers and a row apart from any other target, it keeps WCAG 2.5.8's spacing.
   */
  bandHeight: 14,
  /** Space between rows: vis-timeline's `margin.item.vertical`. */
  rowGap: 6,
  /** The axis labels' row. */
  axisHeight: 26,
  /** A day's label is cut with an ellipsis past this width. */
  labelMax: 192,
  /** The least space between two items sharing a row. */
  itemGap: 8,
} as const;

/** One row of a lane: an item and the gap below it. */
export const ROW = GEOMETRY.itemHeight + GEOMETRY.rowGap;
/** A row holding only bands; also a lane's least height (its name fits it). */
export const BAND_ROW = GEOMETRY.bandHeight + GEOMETRY.rowGap;

/**
 * The width of the drawing area the prerendered picture is laid out for, as no width is known
 * before the page is shown. Positions are percentages of the window, right at any width; only
 * which row an item takes and on which side of its day a label hangs depend on this.
 */
export const NOMINAL_WIDTH = 960;

/**
 * Until the width is known, axis labels are spaced for the narrowest screen (a phone's), so they
 * never run into each other; the ticks themselves are drawn at every width.
 */
export const NARROWEST_WIDTH = 320;

/** The geometry as CSS custom properties, set once on the timeline's frame. */
export function geometryStyle(): string {
  return [
    `--item-height: ${GEOMETRY.itemHeight}px`,
    `--row-gap: ${GEOMETRY.rowGap}px`,
    `--row: ${ROW}px`,
    `--band-height: ${GEOMETRY.bandHeight}px`,
    `--band-row: ${BAND_ROW}px`,
    `--axis-height: ${GEOMETRY.axisHeight}px`,
    `--label-max: ${GEOMETRY.labelMax}px`,
  ].join('; ');
}

// Approximate advance widths of system-ui at the items' 12.8 px, in px per character: good
// enough to keep labels from overlapping, and the same in the prerender and in the browser.
const NARROW = /[ilI.,:;'’|!()[\]\-–]/;
const WIDE = /[mwMW@%]/;
const UPPER = /[A-Z]/;
const DIGIT = /\d/;
/** The content's padding and the box's borders around its text. */
const LABEL_PADDING = 14;

/** How wide a label is drawn, estimated from its characters and capped at `GEOMETRY.labelMax`. */
export function labelWidth(text: string): number {
  let width = LABEL_PADDING;
  for (const char of text) {
    if (char === ' ' || NARROW.test(char)) width += 3.6;
    else if (WIDE.test(char)) width += 10.4;
    else if (UPPER.test(char)) width += 8.6;
    else if (DIGIT.test(char)) width += 7.4;
    else width += 6.9;
  }
  return Math.min(Math.ceil(width), GEOMETRY.labelMax);
}

/** The text an item shows on itself: a count's number, or the uncertainty and the title. */
export function itemLabel(spec: DrawnSpec): string {
  if (isAggregate(spec)) return spec.aggregate.count.toLocaleString('en');
  return spec.uncertainty ? `${spec.uncertainty} ${spec.title}` : spec.title;
}

// Axis --------------------------------------------------------------------------------------

export type AxisScale = 'day' | 'month' | 'year';

/** A step of the axis: vis-timeline's `timeAxis` option, chosen here. */
export interface AxisStep {
  scale: AxisScale;
  step: number;
}

export interface Tick {
  time: number;
  /** Position as a fraction of the window (may fall outside 0–1 at the edges). */
  x: number;
  label: string;
  /** The start of a year (month steps) or a month (day steps): a stronger grid line. */
  major: boolean;
}

export interface Axis extends AxisStep {
  ticks: Tick[];
}

/** The steps the axis can take, finest first, with their typical length. */
const AXIS_STEPS: (AxisStep & { length: number })[] = [
  { scale: 'day', step: 1, length: DAY },
  { scale: 'day', step: 2, length: 2 * DAY },
  { scale: 'day', step: 7, length: 7 * DAY },
  { scale: 'month', step: 1, length: 30.4 * DAY },
  { scale: 'month', step: 3, length: 91 * DAY },
  { scale: 'month', step: 6, length: 182 * DAY },
  { scale: 'year', step: 1, length: 365 * DAY },
];
/** Grid lines closer than this are noise. */
const MIN_TICK_SPACING = 14;
/** Room a tick needs for its own label: a day number, a month's short name, a year. */
const LABEL_SPACING = { day: 24, month: 34, year: 36 };
const SHORT_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/** How far apart a step's ticks are, in px, at this window and width. */
export function stepSpacing(step: AxisStep, window: TimeWindow, width: number): number {
  const found = AXIS_STEPS.find((s) => s.scale === step.scale && s.step === step.step);
  return ((found?.length ?? DAY) / (window.end - window.start)) * width;
}

/** The finest step whose grid lines stay apart at this width. */
export function chooseAxisStep(window: TimeWindow, width: number): AxisStep {
  const perPx = (window.end - window.start) / Math.max(width, 1);
  const found =
    AXIS_STEPS.find(({ length }) => length / perPx >= MIN_TICK_SPACING) ?? AXIS_STEPS.at(-1);
  const { scale, step } = found ?? { scale: 'year', step: 1 };
  return { scale, step };
}

/**
 * The label of the tick at `time`: every tick is labelled where there is room, otherwise only the
 * first of each year (months) or month (days), so the reader always sees where a year begins.
 * vis-timeline is given this same function as its label format.
 */
export function tickLabel(time: number, step: AxisStep, spacing: number): string {
  const date = new Date(time);
  const month = date.getUTCMonth();
  const year = String(date.getUTCFullYear());
  const roomy = spacing >= LABEL_SPACING[step.scale];
  switch (step.scale) {
    case 'year':
      return year;
    case 'month':
      return month === 0 ? year : roomy ? SHORT_MONTH.format(time) : '';
    case 'day': {
      const day = date.getUTCDate();
      if (day === 1) return month === 0 ? year : SHORT_MONTH.format(time);
      return roomy ? String(day) : '';
    }
  }
}

/**
 * The ticks of a step across the window (labelled for `width`), where vis-timeline puts them: from the last tick at or
 * before the window's start, days 1, 1 + step, … of each month, months that are multiples of the
 * step, or every year. A tick followed by a much shorter interval than the one before it (the
 * 31st before the 1st) is left out, as vis-timeline leaves it out.
 */
export function axisTicks(window: TimeWindow, step: AxisStep, width: number): Axis {
  const span = window.end - window.start;
  const times: number[] = [];
  const first = new Date(window.start);
  let year = first.getUTCFullYear();
  let month = step.scale === 'year' ? 0 : first.getUTCMonth();
  if (step.scale === 'month') month -= month % step.step;
  while ((times.at(-1) ?? -Infinity) <= window.end) {
    if (step.scale === 'day') {
      const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      for (let day = 1; day <= days; day += step.step) times.push(Date.UTC(year, month, day));
      month += 1;
    } else if (step.scale === 'month') {
      times.push(Date.UTC(year, month, 1));
      month += step.step;
    } else {
      times.push(Date.UTC(year, 0, 1));
      year += 1;
    }
    if (month > 11) {
      year += 1;
      month -= 12;
    }
  }
  const spacing = stepSpacing(step, window, width);
  const ticks: Tick[] = [];
  let previous: number | undefined;
  for (let index = 0; index < times.length - 1; index++) {
    const time = times[index] ?? 0;
    const next = times[index + 1] ?? 0;
    if (next <= window.start) continue;
    if (time > window.end) break;
    const shorter = previous !== undefined && next - time < 0.4 * (time - previous);
    previous = time;
    if (shorter) continue;
    const date = new Date(time);
    ticks.push({
      time,
      x: (time - window.start) / span,
      label: tickLabel(time, step, spacing),
      major:
        (step.scale === 'month' && date.getUTCMonth() === 0) ||
        (step.scale === 'day' && date.getUTCDate() === 1),
    });
  }
  return { ...step, ticks };
}

// Rows ---------------------------------------------------------------------------------------

/** Where an item goes in its lane, whatever part of the period is in view. */
export interface Slot {
  /** Its row in the lane, counted over every item given, 0 at the top. */
  row: number;
  /** A day's label hangs right of the day, or left of it where it would run past the period. */
  align?: 'left' | 'right';
}

/** The time an item takes up in its row: its span, and its label where that reaches further. */
function extent(
  spec: DrawnSpec,
  perPx: number,
  limits: TimeWindow,
): { start: number; end: number; align?: 'left' | 'right' } {
  const label = labelWidth(itemLabel(spec)) * perPx;
  if (spec.type === 'box') {
    const align = spec.start + label > limits.end ? 'right' : 'left';
    return align === 'left'
      ? { start: spec.start, end: spec.start + label, align }
      : { start: spec.start - label, end: spec.start, align };
  }
  const end = spec.end ?? spec.start + DAY;
  // A short span's label runs on past its end (see the `short` class in items.ts).
  const overflows = spec.className.split(' ').includes('short');
  return { start: spec.start, end: overflows ? Math.max(end, spec.start + label) : end };
}

/**
 * Gives every item a row in its lane: in order of start (bands of undated facts after the dated
 * items, so dates come first), each takes the first row where it clears the item before it by
 * `GEOMETRY.itemGap`. Rows depend on the scale (time per pixel) and the
 * items only, not on the part of the period in view, so they stay put while the reader pans.
 */
export function arrange(
  items: readonly DrawnSpec[],
  { perPx, limits }: { perPx: number; limits: TimeWindow },
): Map<string, Slot> {
  const gap = GEOMETRY.itemGap * perPx;
  const slots = new Map<string, Slot>();
  const lanes = new Map<
    string,
    { spec: DrawnSpec; start: number; end: number; align?: 'left' | 'right' }[]
  >();
  for (const spec of items) {
    const list = lanes.get(spec.group) ?? [];
    list.push({ spec, ...extent(spec, perPx, limits) });
    lanes.set(spec.group, list);
  }
  for (const list of lanes.values()) {
    list.sort(
      (a, b) =>
        Number(isBand(a.spec)) - Number(isBand(b.spec)) ||
        a.start - b.start ||
        (a.spec.id < b.spec.id ? -1 : 1),
    );
    const rowEnds: number[] = [];
    for (const { spec, start, end, align } of list) {
      let row = rowEnds.findIndex((rowEnd) => rowEnd + gap <= start);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = end;
      slots.set(spec.id, align ? { row, align } : { row });
    }
  }
  return slots;
}

// The picture --------------------------------------------------------------------------------

/** Rows counted by kind: full rows (ROW high) and rows of bands only (BAND_ROW high). */
export interface Rows {
  full: number;
  band: number;
}

/** How high rows are, in px. */
export const rowsHeight = (rows: Rows) => rows.full * ROW + rows.band * BAND_ROW;

export interface PictureLane {
  id: string;
  label: string;
  /** Rows drawn; an empty lane keeps one band row, the height of its name. */
  rows: Rows;
  /** Rows of the lanes above. */
  above: Rows;
}

export interface PlacedItem {
  spec: DrawnSpec;
  lane: string;
  /** Its row among the lane's drawn rows. */
  row: number;
  /** The lane's drawn rows above it. */
  above: Rows;
  /** Its row among all the lane's rows (vis-timeline's subgroup). */
  slot: number;
  /** Start and end as fractions of the window; a box has one position, its day. */
  x0: number;
  x1: number;
  align?: 'left' | 'right';
}

export interface Picture {
  window: TimeWindow;
  /** The width laid out for: measured, or NOMINAL_WIDTH. */
  width: number;
  /** The width axis labels are spaced for: measured, or NARROWEST_WIDTH. */
  labelWidth: number;
  axis: Axis;
  lanes: PictureLane[];
  /** The items in view, lane by lane, in order of start. */
  items: PlacedItem[];
  /** Every item's slot, including those outside the view (vis-timeline holds them too). */
  slots: Map<string, Slot>;
  rows: Rows;
}

export interface PictureInput {
  /** What to draw (see pickItems): events, or counts of them. */
  items: readonly DrawnSpec[];
  window: TimeWindow;
  /** The lanes shown, in order. */
  lanes: readonly { id: string; label: string }[];
  /** The whole period: labels hang inside it. */
  limits: TimeWindow;
  /** The drawing area's width in px, once measured. */
  width?: number;
}

/**
 * Lays out one view. A lane's row is drawn when an item in view uses it, as vis-timeline drops a
 * row with nothing in view: a span counts when it overlaps the view, a day when it lies within a
 * quarter of the view's length of it (vis-timeline keeps those close by drawn).
 */
export function layoutPicture({
  items,
  window,
  lanes,
  limits,
  width: measured,
}: PictureInput): Picture {
  const width = measured ?? NOMINAL_WIDTH;
  const labelWidth = measured ?? NARROWEST_WIDTH;
  const span = window.end - window.start;
  const perPx = span / width;
  const slots = arrange(items, { perPx, limits });
  const near = { start: window.start - span / 4, end: window.end + span / 4 };
  const usedRows = new Map<string, Set<number>>();
  /** Rows in which something other than a band is drawn: full height. */
  const fullRows = new Map<string, Set<number>>();
  const inView: { spec: DrawnSpec; slot: Slot }[] = [];
  for (const spec of items) {
    const slot = slots.get(spec.id);
    if (!slot) continue;
    const box = spec.type === 'box';
    const { start, end } = extent(spec, perPx, limits);
    const keepsRow = box
      ? spec.start >= near.start && spec.start <= near.end
      : spec.start < window.end && (spec.end ?? spec.start + DAY) > window.start;
    if (keepsRow) {
      const rows = usedRows.get(spec.group) ?? new Set<number>();
      rows.add(slot.row);
      usedRows.set(spec.group, rows);
      if (!isBand(spec)) {
        const full = fullRows.get(spec.group) ?? new Set<number>();
        full.add(slot.row);
        fullRows.set(spec.group, full);
      }
    }
    if (start < window.end && end > window.start && keepsRow) inView.push({ spec, slot });
  }

  const total: Rows = { full: 0, band: 0 };
  const pictureLanes: PictureLane[] = [];
  /** Each used row's rank in its lane, and the lane's rows above it. */
  const rank = new Map<string, Map<number, { row: number; above: Rows }>>();
  for (const lane of lanes) {
    const used = [...(usedRows.get(lane.id) ?? [])].sort((a, b) => a - b);
    const full = fullRows.get(lane.id) ?? new Set<number>();
    const above: Rows = { full: 0, band: 0 };
    const ranks = new Map<number, { row: number; above: Rows }>();
    used.forEach((row, index) => {
      ranks.set(row, { row: index, above: { ...above } });
      if (full.has(row)) above.full += 1;
      else above.band += 1;
    });
    rank.set(lane.id, ranks);
    const rows = above.full + above.band > 0 ? above : { full: 0, band: 1 };
    pictureLanes.push({ id: lane.id, label: lane.label, rows, above: { ...total } });
    total.full += rows.full;
    total.band += rows.band;
  }
  const order = new Map(lanes.map((lane, index) => [lane.id, index]));
  const placed = inView
    .filter(({ spec }) => order.has(spec.group))
    .map(({ spec, slot }): PlacedItem => {
      const x0 = (spec.start - window.start) / span;
      const x1 = spec.type === 'box' ? x0 : ((spec.end ?? spec.start + DAY) - window.start) / span;
      const ranked = rank.get(spec.group)?.get(slot.row) ?? { row: 0, above: { full: 0, band: 0 } };
      return {
        spec,
        lane: spec.group,
        row: ranked.row,
        above: ranked.above,
        slot: slot.row,
        x0,
        x1,
        ...(slot.align && { align: slot.align }),
      };
    })
    .sort(
      (a, b) =>
        (order.get(a.lane) ?? 0) - (order.get(b.lane) ?? 0) ||
        a.row - b.row ||
        a.spec.start - b.spec.start,
    );
  return {
    window,
    width,
    labelWidth,
    axis: axisTicks(window, chooseAxisStep(window, width), labelWidth),
    lanes: pictureLanes,
    items: placed,
    slots,
    rows: total,
  };
}
