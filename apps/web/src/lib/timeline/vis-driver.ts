/**
 * vis-timeline, driven by the picture: loaded only when the reader starts to use the timeline (or
 * the browser is idle), it takes over the prerendered picture in place. It draws what the picture
 * decided (each item's row as a subgroup, the side its label hangs on, the axis step and labels)
 * and adds what a static picture cannot: dragging, wheel and pinch zoom, animation.
 */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import moment, { type MomentInput } from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import type { CategoryView } from '$lib/types';
import {
  GEOMETRY,
  chooseAxisStep,
  stepSpacing,
  tickLabel,
  type AxisStep,
  type Picture,
  type Slot,
} from './picture';
import { DAY, type TimeWindow } from './window';
import { isBand, type Band } from './bands';
import { isTarget } from './items';
import { isAggregate, type Aggregate, type DrawnSpec } from './windowed';

export interface DriverOptions {
  container: HTMLElement;
  categories: readonly CategoryView[];
  limits: TimeWindow;
  /** The picture on screen: vis-timeline starts with exactly its items, rows and window. */
  picture: Picture;
  items: readonly DrawnSpec[];
  selectedId: string | null;
  onselect: (id: string) => void;
  onbucket: (aggregate: Aggregate) => void;
  /** A band of undated facts was clicked: open or close it. */
  onband: (band: Band) => void;
  /** Every step of a move; `byUser` when the reader drags, wheels or pinches. */
  onrangechange: (window: TimeWindow) => void;
  /** A move has ended. */
  onrangechanged: (window: TimeWindow) => void;
  /** The first draw with the items is on screen. */
  onready: () => void;
}

export interface Driver {
  /** Draws a new layout: items added, removed, or moved to another row or side. */
  show(picture: Picture, items: readonly DrawnSpec[]): void;
  setVisibleLanes(visible: (id: string) => boolean): void;
  setSelection(id: string | null): void;
  setWindow(window: TimeWindow, animation: Animation): void;
  zoom(direction: 'in' | 'out', animation: Animation): void;
  moveTo(time: number, animation: Animation): void;
  getWindow(): TimeWindow;
  /** The drawing area's width in px. */
  width(): number;
  destroy(): void;
}

export type Animation = false | { duration: number; easingFunction: 'easeInOutQuad' };

/** Item content is built as DOM text, never as an HTML string, so no data can become markup. */
function itemContent(spec: DrawnSpec): HTMLElement {
  const root = document.createElement('span');
  root.className = 'item-content';
  if (spec.uncertainty) {
    const uncertainty = document.createElement('span');
    uncertainty.className = 'item-uncertainty';
    uncertainty.textContent = spec.uncertainty;
    root.append(uncertainty, ' ');
  }
  const title = document.createElement('span');
  title.className = 'item-title';
  // A count shows its number only (its tooltip says the rest): a bucket can be narrow.
  title.textContent = isAggregate(spec) ? spec.aggregate.count.toLocaleString('en') : spec.title;
  root.append(title);
  return root;
}

function laneLabel(category: CategoryView): HTMLElement {
  const label = document.createElement('span');
  label.className = `lane-label category-${category.id}`;
  label.textContent = category.label;
  return label;
}

/** What vis-timeline holds for one item; `row` orders the subgroups (the lane's rows). */
function toVisItem(spec: DrawnSpec, slot: Slot) {
  const classes = ['timeline-item', `type-${spec.type}`, spec.className];
  if (slot.align) classes.push(`align-${slot.align}`);
  return {
    id: spec.id,
    group: spec.group,
    subgroup: `row-${slot.row}`,
    row: slot.row,
    type: spec.type,
    start: spec.start,
    ...(spec.end !== undefined && { end: spec.end }),
    ...(slot.align && { align: slot.align }),
    className: classes.join(' '),
    content: itemContent(spec),
    // Published as data-timeline-item / -bucket / -band / -target, as the picture does.
    ...(isAggregate(spec)
      ? { 'timeline-bucket': spec.id }
      : isBand(spec)
        ? { 'timeline-band': spec.id }
        : isTarget(spec)
          ? { 'timeline-target': spec.target.event }
          : { 'timeline-item': spec.id }),
    ...(isBand(spec) && { count: spec.band.ids.length }),
  };
}

type VisItem = ReturnType<typeof toVisItem>;

/**
 * Whether two specs draw the same item. Every pick makes its counts afresh (see windowed.ts), so
 * comparing objects would hand vis-timeline every count again after each move, and it would
 * redraw and measure them all in the middle of a drag.
 */
function sameDrawing(a: DrawnSpec, b: DrawnSpec): boolean {
  // A count's title holds its number.
  return (
    a === b ||
    (a.id === b.id &&
      a.start === b.start &&
      a.end === b.end &&
      a.title === b.title &&
      a.className === b.className)
  );
}

export function createDriver(options: DriverOptions): Driver {
  const { container, categories, limits, picture } = options;
  let drawn = new Map<string, { spec: DrawnSpec; slot: Slot }>();
  let step: AxisStep = { scale: picture.axis.scale, step: picture.axis.step };
  // Labelled as the picture is until the first move, so the hand-over changes no label.
  let spacing = stepSpacing(step, picture.window, picture.labelWidth);
  let loaded = false;
  let ready = false;
  /** The selection asked for, applied again whenever its item comes to be drawn. */
  let selected: string | null = options.selectedId;

  const items = new DataSet<VisItem>();
  const groups = new DataSet<Record<string, unknown>>(
    categories.map((category, order) => ({
      id: category.id,
      content: laneLabel(category),
      className: `category-${category.id}`,
      order,
      subgroupOrder: 'row',
    })),
  );

  /**
   * On a phone each lane's name heads its rows (see timeline.css): an item spanning the period
   * in a row of its own above the others, its text kept at the left edge by vis-timeline.
   */
  const phone = matchMedia('(max-width: 40rem)');
  const heads = categories.map((category) => {
    const content = document.createElement('span');
    content.textContent = category.label;
    return {
      id: `lane-head:${category.id}`,
      group: category.id,
      subgroup: 'head',
      row: -1,
      type: 'range',
      start: limits.start,
      end: limits.end,
      selectable: false,
      className: `lane-head category-${category.id}`,
      content,
    };
  });
  const showHeads = () => {
    if (phone.matches) items.update(heads as never);
    else items.remove(heads.map((head) => head.id));
  };
  phone.addEventListener('change', showHeads);

  function tooltip(id: string): HTMLElement | null {
    const spec = drawn.get(id)?.spec;
    // A lane's head has nothing to say.
    if (!spec) return null;
    const root = document.createElement('span');
    const date = document.createElement('strong');
    date.textContent = spec.dateLabel;
    const title = document.createElement('span');
    title.textContent = spec.title;
    root.append(date, document.createElement('br'), title);
    return root;
  }

  const timelineOptions: TimelineOptions = {
    min: limits.start,
    max: limits.end,
    start: picture.window.start,
    end: picture.window.end,
    zoomMin: 7 * DAY,
    zoomMax: limits.end - limits.start,
    moment: (date: MomentInput) => moment(date).utc(),
    orientation: { axis: 'top', item: 'top' },
    // The picture has stacked the items: each row is a subgroup, drawn in order, unstacked.
    stack: false,
    stackSubgroups: true,
    showCurrentTime: false,
    showMajorLabels: false,
    timeAxis: step,
    format: {
      minorLabels: ((date: MomentInput) =>
        tickLabel(moment(date).valueOf(), step, spacing)) as never,
    },
    selectable: true,
    multiselect: false,
    groupOrder: 'order',
    dataAttributes: [
      'timeline-item',
      'timeline-bucket',
      'timeline-band',
      'timeline-target',
      'count',
    ],
    // `axis` at half a gap keeps the first row where the picture has it (see Group's height).
    margin: { item: { horizontal: 0, vertical: GEOMETRY.rowGap }, axis: GEOMETRY.rowGap / 2 },
    tooltip: {
      followMouse: true,
      overflowMethod: 'cap',
      delay: 150,
      // Typed as returning a string; vis-timeline's popup also takes an Element, which keeps
      // the text out of its HTML parsing (see STACK.md on XSS).
      template: ((item: { id: string }) => tooltip(item.id)) as never,
    },
  };
  // The types say string content only; vis-timeline takes Elements as well (see STACK.md).
  const timeline = new Timeline(container, items as never, groups as never, timelineOptions);

  const windowOf = (range: { start: Date; end: Date }): TimeWindow => ({
    start: range.start.getTime(),
    end: range.end.getTime(),
  });
  const width = () =>
    container.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth ?? picture.width;

  /**
   * The drawing area's width, read once and again when vis-timeline redraws after a resize: read
   * on every step of a drag, it would force a layout in the middle of each frame.
   */
  let areaWidth = picture.width;
  const measureWidth = () => {
    areaWidth = width();
  };

  /** The axis step follows the zoom during a move, as the picture's would. */
  function followAxis(window: TimeWindow) {
    const next = chooseAxisStep(window, areaWidth);
    spacing = stepSpacing(next, window, areaWidth);
    if (next.scale !== step.scale || next.step !== step.step) {
      step = next;
      timeline.setOptions({ timeAxis: step });
    }
  }

  timeline.on('select', (properties: { items: string[] }) => {
    const [id] = properties.items;
    const spec = id === undefined ? undefined : drawn.get(id)?.spec;
    if (spec && isAggregate(spec)) {
      timeline.setSelection([]);
      options.onbucket(spec);
    } else if (spec && isBand(spec)) {
      timeline.setSelection([]);
      options.onband(spec);
    } else if (spec && isTarget(spec)) options.onselect(spec.target.event);
    else if (id) options.onselect(id);
  });
  timeline.on('rangechange', (properties: { start: Date; end: Date }) => {
    const window = windowOf(properties);
    followAxis(window);
    options.onrangechange(window);
  });
  timeline.on('rangechanged', (properties: { start: Date; end: Date }) => {
    measureWidth();
    options.onrangechanged(windowOf(properties));
  });
  // Ready once the first redraw with items is on screen ('changed' follows every redraw).
  timeline.on('changed', () => {
    if (!ready && loaded) {
      ready = true;
      measureWidth();
      options.onready();
    }
  });

  const driver: Driver = {
    show(next, list) {
      const wanted = new Map(
        list.flatMap((spec) => {
          const slot = next.slots.get(spec.id);
          return slot ? [[spec.id, { spec, slot }] as const] : [];
        }),
      );
      const removed = [...drawn.keys()].filter((id) => !wanted.has(id));
      const changed: VisItem[] = [];
      for (const [id, { spec, slot }] of wanted) {
        const old = drawn.get(id);
        if (
          !old ||
          !sameDrawing(old.spec, spec) ||
          old.slot.row !== slot.row ||
          old.slot.align !== slot.align
        )
          changed.push(toVisItem(spec, slot));
      }
      drawn = wanted;
      if (removed.length > 0) items.remove(removed);
      if (changed.length > 0) items.update(changed);
      loaded = true;
      if (
        selected &&
        changed.some((item) => item.id === selected || item.id === `target:${selected}`)
      )
        driver.setSelection(selected);
    },
    setVisibleLanes(visible) {
      groups.update(
        categories.map((category) => ({ id: category.id, visible: visible(category.id) })),
      );
    },
    setSelection(id) {
      selected = id;
      // A goal's target is highlighted with its event, as in the picture.
      timeline.setSelection(id ? [id, `target:${id}`].filter((shown) => drawn.has(shown)) : []);
    },
    setWindow(window, animation) {
      timeline.setWindow(window.start, window.end, { animation });
    },
    zoom(direction, animation) {
      if (direction === 'in') timeline.zoomIn(0.5, { animation });
      else timeline.zoomOut(0.5, { animation });
    },
    moveTo(time, animation) {
      timeline.moveTo(time, { animation });
    },
    getWindow: () => windowOf(timeline.getWindow()),
    width,
    destroy() {
      phone.removeEventListener('change', showHeads);
      timeline.destroy();
    },
  };
  driver.show(picture, options.items);
  showHeads();
  driver.setSelection(options.selectedId);
  return driver;
}
