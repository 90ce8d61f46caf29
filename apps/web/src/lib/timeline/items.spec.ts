import { describe, expect, it } from 'vitest';
import { makeEvent } from '$lib/test-events';
import { isTarget, toItemSpec, toItemSpecs, toTargetSpec } from './items';
import { DAY, parseDay } from './window';

const day = (text: string) => parseDay(text) ?? Number.NaN;

describe('toItemSpec', () => {
  it('draws a dated day as a box on that day', () => {
    expect(
      toItemSpec(makeEvent({ id: 'a', start: '2020-04-21', end: '2020-04-21' })),
    ).toMatchObject({
      type: 'box',
      start: day('2020-04-21'),
      className: 'category-conference certain precision-day',
    });
  });

  it('draws a dated span as a range through its last day, marking short ones', () => {
    const spec = toItemSpec(makeEvent({ id: 'a', start: '2015-11-27', end: '2015-11-28' }));
    expect(spec).toMatchObject({ type: 'range', start: day('2015-11-27'), end: day('2015-11-29') });
    expect(spec.className).toBe('category-conference certain precision-day short');
    expect(spec.end! - spec.start).toBe(2 * DAY);
  });

  it('draws a year without its day as a faded range over the year, saying so', () => {
    const spec = toItemSpec(
      makeEvent({
        id: 'a',
        precision: 'year',
        start: '2020-01-01',
        end: '2020-12-31',
        dateLabel: '2020, day not stated',
      }),
    );
    expect(spec).toMatchObject({
      type: 'range',
      start: day('2020-01-01'),
      end: day('2021-01-01'),
      className: 'category-conference imprecise precision-year',
      uncertainty: '2020, day not stated',
    });
  });

  it('draws an undated fact over every day it could lie on, never as a point', () => {
    const spec = toItemSpec(
      makeEvent({
        id: 'a',
        precision: 'undated',
        openStart: true,
        start: '2015-01-01',
        end: '2020-12-31',
        dateLabel: 'Not dated, by 2020',
      }),
    );
    expect(spec.type).toBe('range');
    expect(spec.className).toContain('undated');
    // It may have begun before the period: drawn as running on past its start.
    expect(spec.className).toContain('open-start');
    expect(spec.className).not.toContain('open-end');
    expect(spec.uncertainty).toBe('Not dated, by 2020');
    expect(spec.end).toBe(day('2021-01-01'));
  });

  it('marks an undated fact’s open ends, so its drawing need not begin or end at the window', () => {
    const event = {
      id: 'a',
      precision: 'undated' as const,
      start: '2015-01-01',
      end: '2020-12-31',
    };
    expect(toItemSpec(makeEvent({ ...event, openStart: true })).className).toBe(
      'category-conference undated open-start',
    );
    expect(toItemSpec(makeEvent({ ...event, openStart: true, openEnd: true })).className).toBe(
      'category-conference undated open-start open-end',
    );
    expect(toItemSpec(makeEvent(event)).className).toBe('category-conference undated');
  });
});

describe('toTargetSpec', () => {
  const pledge = makeEvent({
    id: 'pledge',
    title: 'A pledge',
    category: 'policy',
    precision: 'undated',
    dateLabel: 'Not dated, by 6 March 2020',
    start: '2015-01-01',
    end: '2020-03-06',
    openStart: true,
    targetLabel: 'by 2020',
    targetDays: { start: '2020-01-01', end: '2020-12-31' },
  });

  it('marks a goal’s deadline over its period in the goal’s lane, saying it is a target', () => {
    expect(toTargetSpec(pledge)).toEqual({
      id: 'target:pledge',
      group: 'policy',
      type: 'range',
      start: day('2020-01-01'),
      end: day('2021-01-01'),
      className: 'category-policy target',
      title: 'Target: by 2020',
      dateLabel: 'the deadline of “A pledge”, not a date of the event',
      target: { event: 'pledge' },
    });
  });

  it('never takes the deadline for the event’s own date', () => {
    const own = toItemSpec(pledge);
    expect(own.className).toContain('undated');
    expect(own.end).toBe(day('2020-03-07'));
    expect(own.className).not.toContain('target');
  });

  it('marks nothing for an event without a target', () => {
    expect(toTargetSpec(makeEvent({ id: 'a' }))).toBeUndefined();
  });

  it('lists the targets with the events, all in order of start', () => {
    const specs = toItemSpecs([
      pledge,
      makeEvent({ id: 'b', start: '2019-06-01', end: '2019-06-01' }),
    ]);
    expect(specs.map((spec) => spec.id)).toEqual(['pledge', 'b', 'target:pledge']);
    expect(specs.filter(isTarget)).toHaveLength(1);
  });
});
