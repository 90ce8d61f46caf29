import { describe, expect, it } from 'vitest';
import type { ItemSpec } from './items';
import { DAY, parseDay } from './window';
import { bucketStart, isAggregate, pickItems } from './windowed';

const day = (text: string) => parseDay(text) ?? Number.NaN;
const limits = { start: day('2015-01-01'), end: day('2021-01-01') };

function spec(id: string, start: string, end?: string, group = 'policy'): ItemSpec {
  return {
    id,
    group,
    type: end ? 'range' : 'box',
    start: day(start),
    ...(end && { end: day(end) }),
    className: `category-${group}`,
    title: id,
    dateLabel: start,
  };
}

/** `count` one-day events, one a day from `first`, alternating between two lanes. */
function daily(count: number, first = '2016-01-01'): ItemSpec[] {
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(day(first) + index * DAY).toISOString().slice(0, 10);
    return spec(`e${index}`, start, undefined, index % 2 ? 'policy' : 'symposium');
  });
}

describe('pickItems', () => {
  it('draws every event when they fit under the limit, whatever the view', () => {
    const specs = daily(10);
    const picked = pickItems(
      specs,
      { start: day('2019-01-01'), end: day('2019-02-01') },
      {
        limits,
        limit: 10,
      },
    );
    expect(picked.items).toEqual(specs);
    expect(picked.region).toEqual(limits);
  });

  it('draws only the events near the view when those fit', () => {
    const specs = daily(400);
    const window = { start: day('2016-03-01'), end: day('2016-03-11') };
    const picked = pickItems(specs, window, { limits, limit: 50 });
    expect(picked.region).toEqual({ start: day('2016-02-25'), end: day('2016-03-16') });
    expect(picked.items.every((item) => !isAggregate(item))).toBe(true);
    expect(picked.items.map((item) => item.dateLabel)).toEqual(
      specs
        .filter((item) => item.start >= day('2016-02-25') && item.start < day('2016-03-16'))
        .map((item) => item.dateLabel),
    );
  });

  it('counts events per lane and month when too many share a year-long view', () => {
    const specs = daily(366);
    const window = { start: day('2016-01-01'), end: day('2017-01-01') };
    const picked = pickItems(specs, window, { limits, limit: 50 });
    expect(picked.items.every(isAggregate)).toBe(true);
    const total = picked.items.reduce(
      (sum, item) => sum + (isAggregate(item) ? item.aggregate.count : 0),
      0,
    );
    expect(total).toBe(366);
    const march = picked.items.find(
      (item) =>
        item.group === 'policy' && isAggregate(item) && item.aggregate.start === day('2016-03-01'),
    );
    expect(march).toMatchObject({
      aggregate: { count: 15, start: day('2016-03-01'), end: day('2016-04-01') },
      title: '15 events',
      dateLabel: 'March 2016: zoom in to see them',
    });
  });

  it('counts the events that stretch past the view once per lane, not in every bucket', () => {
    const long = [
      spec('u1', '2015-01-01', '2021-01-01'),
      spec('u2', '2015-01-01', '2021-01-01'),
      spec('u3', '2015-06-01', '2020-06-01', 'symposium'),
    ];
    const specs = [...long, ...daily(20, '2016-05-01')].sort((a, b) => a.start - b.start);
    const window = { start: day('2016-05-01'), end: day('2016-06-01') };
    const picked = pickItems(specs, window, { limits, limit: 22 });
    const spanning = picked.items.filter(isAggregate);
    expect(spanning.map((item) => [item.group, item.title])).toEqual([
      ['policy', '2 events'],
      ['symposium', '1 event'],
    ]);
    expect(picked.items.filter((item) => !isAggregate(item))).toHaveLength(20);
  });

  it('always draws the selected event when it lies near the view', () => {
    const specs = daily(366);
    const window = { start: day('2016-01-01'), end: day('2017-01-01') };
    const picked = pickItems(specs, window, { limits, limit: 50, keep: 'e40' });
    expect(picked.items.filter((item) => !isAggregate(item)).map((item) => item.id)).toEqual([
      'e40',
    ]);
    const total = picked.items.reduce(
      (sum, item) => sum + (isAggregate(item) ? item.aggregate.count : 0),
      0,
    );
    expect(total).toBe(365);
  });
});

describe('bucketStart', () => {
  it('starts weeks on Monday, quarters in January, April, July and October', () => {
    expect(bucketStart(day('2016-03-03'), 'week')).toBe(day('2016-02-29'));
    expect(bucketStart(day('2016-02-29'), 'week')).toBe(day('2016-02-29'));
    expect(bucketStart(day('2016-05-17') + 5000, 'quarter')).toBe(day('2016-04-01'));
    expect(bucketStart(day('2016-12-31'), 'year')).toBe(day('2016-01-01'));
  });
});

describe('pickItems and targets', () => {
  it('always draws a goal’s target and never counts it as an event', () => {
    const target = {
      ...spec('target:goal', '2020-01-01', '2021-01-01'),
      className: 'category-policy target',
      target: { event: 'goal' },
    };
    const specs = [...daily(400), target];
    const picked = pickItems(specs, limits, { limits, limit: 50 });
    expect(picked.items).toContain(target);
    const counted = picked.items
      .filter(isAggregate)
      .reduce((sum, item) => sum + item.aggregate.count, 0);
    expect(counted).toBe(400);
  });
});
