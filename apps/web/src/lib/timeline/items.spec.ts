import { describe, expect, it } from 'vitest';
import { makeEvent } from '$lib/test-events';
import { toItemSpec } from './items';
import { DAY, parseDay } from './window';

const day = (text: string) => parseDay(text) ?? Number.NaN;

describe('toItemSpec', () => {
  it('draws a dated day as a box on that day', () => {
    expect(
      toItemSpec(makeEvent({ id: 'a', start: '2020-04-21', end: '2020-04-21' })),
    ).toMatchObject({
      type: 'box',
      start: day('2020-04-21'),
      className: 'category-conference certain',
    });
  });

  it('draws a dated span as a range through its last day, marking short ones', () => {
    const spec = toItemSpec(makeEvent({ id: 'a', start: '2015-11-27', end: '2015-11-28' }));
    expect(spec).toMatchObject({ type: 'range', start: day('2015-11-27'), end: day('2015-11-29') });
    expect(spec.className).toBe('category-conference certain short');
    expect(spec.end! - spec.start).toBe(2 * DAY);
  });

  it('draws a year without its day as a faded range over the year, saying so', () => {
    const spec = toItemSpec(
      makeEvent({
        id: 'a',
        certainty: 'imprecise',
        start: '2020-01-01',
        end: '2020-12-31',
        dateLabel: '2020, day not stated',
      }),
    );
    expect(spec).toMatchObject({
      type: 'range',
      start: day('2020-01-01'),
      end: day('2021-01-01'),
      className: 'category-conference imprecise',
      uncertainty: '2020, day not stated',
    });
  });

  it('draws an undated fact over every day it could lie on, never as a point', () => {
    const spec = toItemSpec(
      makeEvent({
        id: 'a',
        certainty: 'undated',
        start: '2015-01-01',
        end: '2020-12-31',
        dateLabel: 'Not dated, by 2020',
      }),
    );
    expect(spec.type).toBe('range');
    expect(spec.className).toContain('undated');
    expect(spec.uncertainty).toBe('Not dated, by 2020');
    expect(spec.end).toBe(day('2021-01-01'));
  });

  it('marks an undated fact’s open ends, so its drawing need not begin or end at the window', () => {
    const event = {
      id: 'a',
      certainty: 'undated' as const,
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
