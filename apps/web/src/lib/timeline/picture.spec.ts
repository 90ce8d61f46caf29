import { describe, expect, it } from 'vitest';
import { makeEvent } from '$lib/test-events';
import { gatherUndated, isBand } from './bands';
import { toItemSpec, toItemSpecs, type ItemSpec } from './items';
import {
  GEOMETRY,
  arrange,
  axisTicks,
  chooseAxisStep,
  labelWidth,
  layoutPicture,
  tickLabel,
} from './picture';
import { DAY, parseDay } from './window';
import { pickItems } from './windowed';

const day = (text: string) => parseDay(text) ?? Number.NaN;
const limits = { start: day('2015-01-01'), end: day('2021-01-01') };
const lanes = [
  { id: 'conference', label: 'Conference' },
  { id: 'policy', label: 'Policy and goals' },
];

function box(id: string, date: string, group = 'conference', title = id): ItemSpec {
  return toItemSpec(makeEvent({ id, start: date, end: date, category: group as never, title }));
}

describe('layoutPicture', () => {
  it('places items at their share of the window, at any width', () => {
    const specs = [
      box('a', '2018-01-01'),
      toItemSpec(makeEvent({ id: 'b', start: '2016-01-01', end: '2016-12-31' })),
    ];
    const picture = layoutPicture({ items: specs, window: limits, lanes, limits });
    const [b, a] = picture.items;
    expect(a?.spec.id).toBe('a');
    expect(a?.x0).toBeCloseTo((day('2018-01-01') - limits.start) / (limits.end - limits.start));
    expect(b?.x0).toBeCloseTo(1 / 6, 2);
    expect(b?.x1).toBeCloseTo(2 / 6, 2);
  });

  it('hangs a day label right of its day, or left where it would run past the period', () => {
    const picture = layoutPicture({
      items: [box('early', '2016-03-01'), box('late', '2020-11-30')],
      window: limits,
      lanes,
      limits,
    });
    const align = Object.fromEntries(picture.items.map((item) => [item.spec.id, item.align]));
    expect(align).toEqual({ early: 'left', late: 'right' });
  });

  it('stacks items that would overlap into rows, and keeps apart ones on one row', () => {
    const items = [
      box('a', '2016-01-01', 'conference', 'A long title that takes room'),
      box('b', '2016-01-10', 'conference', 'Another long title'),
      box('c', '2018-01-01', 'conference', 'Far away'),
      box('d', '2016-01-05', 'policy', 'In another lane'),
    ];
    const picture = layoutPicture({ items, window: limits, lanes, limits });
    const rows = Object.fromEntries(picture.items.map((item) => [item.spec.id, item.row]));
    expect(rows).toEqual({ a: 0, b: 1, c: 0, d: 0 });
    expect(picture.lanes).toEqual([
      {
        id: 'conference',
        label: 'Conference',
        rows: { full: 2, band: 0 },
        above: { full: 0, band: 0 },
      },
      {
        id: 'policy',
        label: 'Policy and goals',
        rows: { full: 1, band: 0 },
        above: { full: 2, band: 0 },
      },
    ]);
    expect(picture.rows).toEqual({ full: 3, band: 0 });
  });

  it('keeps items on one row when zoomed in far enough for their labels to fit', () => {
    const items = [box('a', '2016-01-01', 'conference', 'Short'), box('b', '2016-01-10')];
    const window = { start: day('2015-12-25'), end: day('2016-01-25') };
    const picture = layoutPicture({ items, window, lanes, limits, width: 1000 });
    expect(picture.items.map((item) => item.row)).toEqual([0, 0]);
  });

  it('draws an uncertain span over all of its days and clips it to the view', () => {
    const undated = toItemSpec(
      makeEvent({
        id: 'u',
        precision: 'undated',
        start: '2015-01-01',
        end: '2020-12-31',
        dateLabel: 'Not dated, by 2020',
      }),
    );
    const window = { start: day('2017-01-01'), end: day('2018-01-01') };
    const picture = layoutPicture({ items: [undated], window, lanes, limits });
    const [item] = picture.items;
    expect(item?.x0).toBeLessThan(0);
    expect(item?.x1).toBeGreaterThan(1);
    expect(item?.spec.className).toContain('undated');
  });

  it('drops a row nothing in view uses, as vis-timeline does', () => {
    const items = [
      box('a', '2016-01-01', 'conference', 'A long title that takes room'),
      box('b', '2016-01-03', 'conference', 'Another long title'),
      toItemSpec(makeEvent({ id: 'c', start: '2019-01-01', end: '2019-03-01' })),
    ];
    const window = { start: day('2019-01-01'), end: day('2020-01-01') };
    const picture = layoutPicture({ items, window, lanes, limits });
    expect(picture.items.map((item) => [item.spec.id, item.row, item.slot])).toEqual([['c', 0, 0]]);
    expect(picture.lanes[0]?.rows).toEqual({ full: 1, band: 0 });
    // Every item keeps its slot for vis-timeline, which holds the ones out of view too.
    expect(picture.slots.get('b')?.row).toBe(1);
  });

  it('keeps an empty lane a band row high, with its name', () => {
    const picture = layoutPicture({ items: [], window: limits, lanes, limits });
    expect(picture.lanes.map((lane) => lane.rows)).toEqual([
      { full: 0, band: 1 },
      { full: 0, band: 1 },
    ]);
    expect(picture.items).toEqual([]);
  });

  it('gathers undated facts in a thin band row below the dated ones', () => {
    const undated = (id: string) =>
      toItemSpec(
        makeEvent({
          id,
          precision: 'undated',
          openStart: true,
          start: '2015-01-01',
          end: '2020-12-31',
          dateLabel: 'Not dated, by 2020',
        }),
      );
    const items = gatherUndated(
      [box('a', '2018-01-01'), undated('u1'), undated('u2')],
      () => false,
    );
    expect(items).toHaveLength(2);
    const band = items.find((item) => isBand(item));
    expect(band?.title).toBe('2 facts, not dated, by 2020');
    const picture = layoutPicture({ items, window: limits, lanes, limits });
    const placed = Object.fromEntries(picture.items.map((item) => [item.spec.id, item]));
    expect(placed.a?.row).toBe(0);
    expect(band && placed[band.id]?.above).toEqual({ full: 1, band: 0 });
    expect(picture.lanes[0]?.rows).toEqual({ full: 1, band: 1 });
    // Opened, the lane shows them one by one, in full rows.
    const open = gatherUndated([box('a', '2018-01-01'), undated('u1'), undated('u2')], () => true);
    expect(open.map((item) => item.id)).toEqual(['a', 'u1', 'u2']);
  });

  it('draws counts where too many events share the view, over their buckets', () => {
    const specs = Array.from({ length: 400 }, (_, index) =>
      box(`e${index}`, new Date(day('2016-01-01') + index * DAY).toISOString().slice(0, 10)),
    );
    const picked = pickItems(specs, limits, { limits, limit: 150 });
    const picture = layoutPicture({ items: picked.items, window: limits, lanes, limits });
    expect(picture.items.length).toBeGreaterThan(0);
    expect(picture.items.every((item) => item.spec.className.includes('aggregate'))).toBe(true);
    // Buckets of one lane do not overlap, so they share a row.
    expect(new Set(picture.items.map((item) => item.row))).toEqual(new Set([0]));
    const total = picture.items.reduce(
      (sum, item) => sum + ('aggregate' in item.spec ? item.spec.aggregate.count : 0),
      0,
    );
    expect(total).toBe(400);
  });

  it('leaves out the items of hidden lanes', () => {
    const picture = layoutPicture({
      items: [box('a', '2016-01-01'), box('b', '2016-01-01', 'policy')],
      window: limits,
      lanes: [{ id: 'policy', label: 'Policy and goals' }],
      limits,
    });
    expect(picture.items.map((item) => item.spec.id)).toEqual(['b']);
  });
});

describe('arrange', () => {
  it('lets a short span’s label run on, so the next item moves down', () => {
    const span = toItemSpec(makeEvent({ id: 's', start: '2016-01-01', end: '2016-01-02' }));
    const next = box('n', '2016-01-20');
    const slots = arrange([span, next], { perPx: (limits.end - limits.start) / 960, limits });
    expect(span.className).toContain('short');
    expect(slots.get('n')?.row).toBe(1);
  });
});

describe('labelWidth', () => {
  it('grows with the text and stops at the label cap', () => {
    expect(labelWidth('Short')).toBeLessThan(labelWidth('A much longer label'));
    expect(labelWidth('x'.repeat(200))).toBe(GEOMETRY.labelMax);
  });
});

describe('the axis', () => {
  it('steps by months across the whole period, labelling years and quarters', () => {
    const step = chooseAxisStep(limits, 1000);
    expect(step).toEqual({ scale: 'month', step: 3 });
    const axis = axisTicks(limits, step, 1000);
    // 24 quarters, and the period's end, where vis-timeline draws a last (unseen) tick.
    expect(axis.ticks).toHaveLength(25);
    expect(axis.ticks.at(-1)?.x).toBe(1);
    const inside = axis.ticks.filter((tick) => tick.x < 1);
    expect(inside.filter((tick) => tick.major).map((tick) => tick.label)).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
    expect(axis.ticks[1]).toMatchObject({ label: 'Apr', major: false });
  });

  it('uses years alone on a narrow screen', () => {
    const step = chooseAxisStep(limits, 300);
    expect(step).toEqual({ scale: 'month', step: 6 });
    const labels = axisTicks(limits, step, 300).ticks.map((tick) => tick.label);
    expect(labels.filter(Boolean)).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
    ]);
  });

  it('steps by days in a month-long view, from the last tick before it', () => {
    const window = { start: day('2020-03-20'), end: day('2020-04-20') };
    const step = chooseAxisStep(window, 300);
    expect(step).toEqual({ scale: 'day', step: 2 });
    const axis = axisTicks(window, step, 300);
    const times = axis.ticks.map((tick) => new Date(tick.time).toISOString().slice(5, 10));
    expect(times.slice(0, 3)).toEqual(['03-19', '03-21', '03-23']);
    expect(axis.ticks.find((tick) => tick.major)?.label).toBe('Apr');
  });

  it('leaves out a tick followed by a much shorter interval, as vis-timeline does', () => {
    const window = { start: day('2020-04-01'), end: day('2020-07-01') };
    const step = chooseAxisStep(window, 300);
    expect(step).toEqual({ scale: 'day', step: 7 });
    const times = axisTicks(window, step, 300).ticks.map((tick) =>
      new Date(tick.time).toISOString().slice(5, 10),
    );
    // April has 30 days: the 29th is two days before 1 May, so it is not drawn.
    expect(times).toContain('04-22');
    expect(times).not.toContain('04-29');
    expect(times).toContain('05-29');
  });

  it('labels only the years until the width is known, so no label runs into the next', () => {
    const unknown = layoutPicture({ items: [], window: limits, lanes, limits });
    expect(unknown.axis.ticks.filter((tick) => tick.label && tick.x < 1)).toHaveLength(6);
    const measured = layoutPicture({ items: [], window: limits, lanes, limits, width: 1000 });
    expect(measured.axis.ticks.filter((tick) => tick.label && tick.x < 1)).toHaveLength(24);
  });

  it('names the year at its first tick, whatever the step', () => {
    expect(tickLabel(day('2016-01-01'), { scale: 'month', step: 1 }, 10)).toBe('2016');
    expect(tickLabel(day('2016-01-01'), { scale: 'day', step: 1 }, 10)).toBe('2016');
    expect(tickLabel(day('2016-02-01'), { scale: 'month', step: 1 }, 10)).toBe('');
    expect(tickLabel(day('2016-02-01'), { scale: 'month', step: 1 }, 40)).toBe('Feb');
  });
});

describe('layoutPicture and targets', () => {
  it('draws a goal’s target in the goal’s lane over the deadline, apart from the event', () => {
    const pledge = makeEvent({
      id: 'pledge',
      category: 'policy',
      precision: 'undated',
      start: '2019-01-01',
      end: '2020-03-06',
      targetLabel: 'by 2020',
      targetDays: { start: '2020-01-01', end: '2020-12-31' },
    });
    const picture = layoutPicture({ items: toItemSpecs([pledge]), window: limits, lanes, limits });
    const target = picture.items.find((item) => item.spec.id === 'target:pledge');
    const own = picture.items.find((item) => item.spec.id === 'pledge');
    const at = (date: string) => (day(date) - limits.start) / (limits.end - limits.start);
    expect(target?.lane).toBe('policy');
    expect(target?.x0).toBeCloseTo(at('2020-01-01'), 6);
    expect(target?.x1).toBeCloseTo(1, 6);
    // Their spans overlap, so they take different rows: the flag never covers the event.
    expect(own?.x1).toBeGreaterThan(at('2020-01-01'));
    expect(target?.row).not.toBe(own?.row);
  });
});
