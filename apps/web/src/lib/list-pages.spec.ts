import { describe, expect, it } from 'vitest';
import { listPages, pageAt } from './list-pages';

describe('pageAt', () => {
  it('shows every event on one page when they fit', () => {
    expect(pageAt(0, 17, 100)).toEqual({ start: 0, end: 17, number: 1, count: 1, total: 17 });
  });

  it('finds the page that holds an index', () => {
    expect(pageAt(250, 1000, 100)).toEqual({
      start: 200,
      end: 300,
      number: 3,
      count: 10,
      total: 1000,
    });
  });

  it('ends the last page at the last event', () => {
    expect(pageAt(9999, 10_001, 100)).toEqual({
      start: 9900,
      end: 10_000,
      number: 100,
      count: 101,
      total: 10_001,
    });
    expect(pageAt(10_000, 10_001, 100)).toEqual({
      start: 10_000,
      end: 10_001,
      number: 101,
      count: 101,
      total: 10_001,
    });
  });

  it('clamps indexes outside the list to its first or last page', () => {
    expect(pageAt(-5, 300, 100).number).toBe(1);
    expect(pageAt(5000, 300, 100)).toEqual({
      start: 200,
      end: 300,
      number: 3,
      count: 3,
      total: 300,
    });
  });

  it('gives one empty page when there are no events', () => {
    expect(pageAt(0, 0, 100)).toEqual({ start: 0, end: 0, number: 1, count: 1, total: 0 });
  });
});

describe('listPages', () => {
  it('splits a list into pages that follow on from each other', () => {
    expect(listPages(250, 100).map(({ start, end, number }) => [start, end, number])).toEqual([
      [0, 100, 1],
      [100, 200, 2],
      [200, 250, 3],
    ]);
  });

  it('gives a short or empty list one page', () => {
    expect(listPages(17, 100)).toEqual([pageAt(0, 17, 100)]);
    expect(listPages(0, 100)).toEqual([pageAt(0, 0, 100)]);
  });
});
