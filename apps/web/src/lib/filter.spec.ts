import { describe, expect, it } from 'vitest';
import { countByCategory, filterEvents } from './filter';
import { makeEvent } from './test-events';

const events = [
  makeEvent({ id: 'a', category: 'conference', searchText: 'work conference beijing' }),
  makeEvent({ id: 'b', category: 'symposium', searchText: 'symposium on victory' }),
  makeEvent({ id: 'c', category: 'symposium', searchText: 'tea park in pingli county' }),
];
const ids = (list: { id: string }[]) => list.map((event) => event.id);

describe('filterEvents', () => {
  it('lets everything through with no filter', () => {
    expect(ids(filterEvents(events, { categories: null, query: '' }))).toEqual(['a', 'b', 'c']);
  });

  it('keeps the chosen categories', () => {
    expect(ids(filterEvents(events, { categories: ['symposium'], query: '' }))).toEqual(['b', 'c']);
    expect(filterEvents(events, { categories: [], query: '' })).toEqual([]);
  });

  it('matches every word of the search, in any case', () => {
    expect(ids(filterEvents(events, { categories: null, query: '  Pingli   TEA ' }))).toEqual([
      'c',
    ]);
    expect(ids(filterEvents(events, { categories: null, query: 'tea beijing' }))).toEqual([]);
  });

  it('treats markup in a search as plain text', () => {
    expect(
      filterEvents(events, { categories: null, query: '<img src=x onerror=alert(1)>' }),
    ).toEqual([]);
  });
});

describe('countByCategory', () => {
  it('counts the matches of each category', () => {
    expect(countByCategory(events, 'victory')).toEqual(new Map([['symposium', 1]]));
    expect(countByCategory(events, '')).toEqual(
      new Map([
        ['conference', 1],
        ['symposium', 2],
      ]),
    );
  });
});
