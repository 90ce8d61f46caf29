import { describe, expect, it } from 'vitest';
import { formatDateBasis, formatFactDate, formatTarget, toEdtf } from './format-date.js';
import type { FactDate } from './schema/fact-date.js';

const stated = { kind: 'stated' } as const;

describe('formatFactDate', () => {
  it.each<[FactDate, string, string]>([
    [{ kind: 'on', date: '2020-04-21', basis: stated }, '21 April 2020', '2020-04-21'],
    [{ kind: 'on', date: '2020', basis: stated }, '2020, day not stated', '2020'],
    [{ kind: 'on', date: '2015-11', basis: stated }, 'November 2015, day not stated', '2015-11'],
    [
      { kind: 'span', start: '2015-11-27', end: '2015-11-28', basis: stated },
      '27–28 November 2015',
      '2015-11-27/2015-11-28',
    ],
    [
      { kind: 'span', start: '2015-11-30', end: '2015-12-02', basis: stated },
      '30 November – 2 December 2015',
      '2015-11-30/2015-12-02',
    ],
    [
      { kind: 'span', start: '2015', end: '2016', basis: stated },
      '2015 – 2016, days not stated',
      '2015/2016',
    ],
    [
      { kind: 'undated', earliest: '2015-11-27', latest: '2020', basis: stated },
      'Not dated, between 27 November 2015 and 2020',
      '[2015-11-27..2020]',
    ],
    [{ kind: 'undated', latest: '2020', basis: stated }, 'Not dated, by 2020', '[..2020]'],
    [
      { kind: 'undated', earliest: '2016-01', basis: stated },
      'Not dated, from January 2016 on',
      '[2016-01..]',
    ],
    [{ kind: 'undated', basis: { kind: 'not-stated' } }, 'Not dated', 'XXXX'],
  ])('reads %j as "%s" and %s in EDTF', (date, text, edtf) => {
    expect(formatFactDate(date)).toBe(text);
    expect(toEdtf(date)).toBe(edtf);
  });

  it('says how a date is known', () => {
    expect(formatDateBasis(stated)).toBe('stated in the source');
    expect(formatDateBasis({ kind: 'inferred', from: 'the caption' })).toBe(
      'inferred: the caption',
    );
    expect(formatDateBasis({ kind: 'not-stated' })).toBe('not stated in the source');
  });
});

describe('formatTarget', () => {
  it('reads a deadline at its own precision, as a deadline', () => {
    expect(formatTarget('2020')).toBe('by 2020');
    expect(formatTarget('2020-06')).toBe('by June 2020');
    expect(formatTarget('2020-06-30')).toBe('by 30 June 2020');
  });
});
