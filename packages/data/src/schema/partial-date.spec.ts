import { describe, expect, it } from 'vitest';
import { PartialDate, earliestDay, latestDay, precisionOf } from './partial-date.js';

describe('PartialDate', () => {
  it.each([
    '2015',
    '2015-11',
    '2015-11-27',
    '2020-02-29',
    '2000-02-29',
    '2015-01-28',
    '2015-12-31',
  ])('accepts %s', (date) => {
    expect(PartialDate.safeParse(date).success).toBe(true);
  });

  it.each([
    '2019-02-29',
    '2019-02-30',
    '2100-02-29',
    '2015-04-31',
    '2015-11-00',
    '2015-13',
    '2015-00',
    '2015-11-31',
    '15-11-27',
    '2015/11/27',
    '',
  ])('rejects %s', (date) => {
    expect(PartialDate.safeParse(date).success).toBe(false);
  });

  it.each([
    ['15-11-27', ['is not YYYY, YYYY-MM or YYYY-MM-DD']],
    ['2015-13-45x', ['is not YYYY, YYYY-MM or YYYY-MM-DD', 'is not a real calendar date']],
    ['2015-02-30', ['is not a real calendar date']],
  ])('reports %s as %j', (date, messages) => {
    expect(PartialDate.safeParse(date).error?.issues.map((issue) => issue.message)).toEqual(
      messages,
    );
  });

  it('knows the precision and the days a partial date can mean', () => {
    expect(precisionOf('2020')).toBe('year');
    expect(precisionOf('2015-11')).toBe('month');
    expect(precisionOf('2015-11-27')).toBe('day');
    expect([earliestDay('2020'), latestDay('2020')]).toEqual(['2020-01-01', '2020-12-31']);
    expect([earliestDay('2020-02'), latestDay('2020-02')]).toEqual(['2020-02-01', '2020-02-29']);
    expect([earliestDay('2015-11-27'), latestDay('2015-11-27')]).toEqual([
      '2015-11-27',
      '2015-11-27',
    ]);
  });
});
