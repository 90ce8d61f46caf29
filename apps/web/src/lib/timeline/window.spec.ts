import { describe, expect, it } from 'vitest';
import { DAY, clampWindow, coverageWindow, formatDay, parseDay, windowToDays } from './window';

describe('window helpers', () => {
  it('parses only real YYYY-MM-DD days', () => {
    expect(parseDay('2020-02-29')).toBe(Date.UTC(2020, 1, 29));
    expect(parseDay('2019-02-29')).toBeUndefined();
    expect(parseDay('2020-2-1')).toBeUndefined();
    expect(parseDay(' 2020-02-01')).toBeUndefined();
    expect(formatDay(Date.UTC(2015, 10, 27))).toBe('2015-11-27');
  });

  it('covers the first day of the coverage to the end of its last', () => {
    expect(coverageWindow({ start: '2015-01-01', end: '2020-12-31' })).toEqual({
      start: Date.UTC(2015, 0, 1),
      end: Date.UTC(2021, 0, 1),
    });
  });

  it('slides a window back inside the limits, keeping its length', () => {
    const limits = { start: 0, end: 100 * DAY };
    expect(clampWindow({ start: -10 * DAY, end: 10 * DAY }, limits)).toEqual({
      start: 0,
      end: 20 * DAY,
    });
    expect(clampWindow({ start: 95 * DAY, end: 105 * DAY }, limits)).toEqual({
      start: 90 * DAY,
      end: 100 * DAY,
    });
    expect(clampWindow({ start: -500 * DAY, end: 500 * DAY }, limits)).toEqual(limits);
  });

  it('names a window by its first and last day', () => {
    expect(windowToDays({ start: Date.UTC(2016, 0, 1), end: Date.UTC(2017, 0, 1) })).toEqual({
      from: '2016-01-01',
      to: '2016-12-31',
    });
  });
});
