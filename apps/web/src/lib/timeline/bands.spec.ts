import { describe, expect, it } from 'vitest';
import { makeEvent } from '$lib/test-events';
import { gatherUndated, isBand } from './bands';
import { toItemSpec } from './items';

const undated = (id: string, dateLabel: string, openStart: boolean, openEnd = false) =>
  toItemSpec(
    makeEvent({
      id,
      category: 'policy',
      precision: 'undated',
      openStart,
      openEnd,
      start: '2015-01-01',
      end: '2020-12-31',
      dateLabel,
    }),
  );

describe('gatherUndated', () => {
  it('gives every band of a lane its own id, even over the same span', () => {
    // One fact known to fall by 2020, one the source bounds not at all: the same span on screen.
    const items = gatherUndated(
      [undated('by-2020', 'Not dated, by 2020', true), undated('any', 'Not dated', true, true)],
      () => false,
    );
    const bands = items.filter(isBand);
    expect(bands.map((band) => band.title)).toEqual([
      '1 fact, not dated, by 2020',
      '1 fact, not dated',
    ]);
    expect(new Set(bands.map((band) => band.id)).size).toBe(2);
  });

  it('never puts a period that may begin before the window with one that begins at its edge', () => {
    const items = gatherUndated(
      [
        undated('open', 'Not dated, by 2020', true),
        undated('bounded', 'Not dated, by 2020', false),
      ],
      () => false,
    );
    expect(items.filter(isBand).map((band) => band.band.ids)).toEqual([['open'], ['bounded']]);
  });
});
