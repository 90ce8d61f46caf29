import { dataset } from '@corpus/data';
import { describe, expect, it } from 'vitest';
import { CATEGORY_ORDER } from './categories';
import { FUZZ_SEEDS, makeUrl, poolsOf, random } from './fuzzed-urls';
import { coverageWindow, parseDay } from './timeline/window';
import { readState, writeState, type StateContext, type ViewState } from './url-state';

const context: StateContext = {
  eventIds: new Set(['conference', 'symposium']),
  categories: ['conference', 'symposium', 'policy'],
  coverage: { start: '2015-01-01', end: '2020-12-31' },
};
const read = (query: string) => readState(new URLSearchParams(query), context);
const day = (text: string) => parseDay(text) ?? Number.NaN;

describe('readState', () => {
  it('reads every parameter of a good link', () => {
    const { state, notices } = read(
      'event=symposium&from=2016-01-01&to=2016-12-31&categories=symposium,policy&q=tea',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      event: 'symposium',
      window: { start: day('2016-01-01'), end: day('2017-01-01') },
      categories: ['symposium', 'policy'],
      query: 'tea',
    });
  });

  it('reads an empty query as the default view', () => {
    expect(read('')).toEqual({
      state: { event: null, window: null, categories: null, query: '' },
      notices: [],
    });
  });

  it('drops an unknown event id with a notice', () => {
    const { state, notices } = read('event=nope');
    expect(state.event).toBeNull();
    expect(notices).toEqual([
      { param: 'event', message: 'There is no event “nope”; no event is selected.' },
    ]);
  });

  it.each([
    ['from=2016-02-30&to=2016-03-01', 'from'],
    ['from=yesterday&to=2016-03-01', 'from'],
    ['from=2016-01-01&to=2016', 'to'],
    ['from=2016-01-01', 'to'],
    ['to=2016-01-01', 'from'],
    ['from=2017-01-01&to=2016-01-01', 'to'],
  ])('shows the whole period for the bad window %s', (query, param) => {
    const { state, notices } = read(query);
    expect(state.window).toBeNull();
    expect(notices.map((notice) => notice.param)).toEqual([param]);
  });

  it('keeps a window inside the coverage and says so', () => {
    const { state, notices } = read('from=2019-06-01&to=2021-05-31');
    expect(state.window).toEqual({ start: day('2019-01-01'), end: day('2021-01-01') });
    expect(notices[0]?.message).toBe(
      'The timeline covers 2015-01-01 to 2020-12-31; showing 2019-01-01 to 2020-12-31.',
    );
  });

  it('treats a window over the whole coverage or beyond as the default', () => {
    expect(read('from=2010-01-01&to=2030-01-01').state.window).toBeNull();
  });

  it('ignores unknown categories with a notice and keeps the known ones', () => {
    const { state, notices } = read('categories=symposium,parade,symposium');
    expect(state.categories).toEqual(['symposium']);
    expect(notices[0]?.message).toBe('Unknown category “parade” ignored.');
    expect(read('categories=parade').state.categories).toBeNull();
    expect(read('categories=').state.categories).toEqual([]);
  });

  it('cuts an overlong search and quotes odd values safely', () => {
    const { state, notices } = read(`q=${'x'.repeat(500)}`);
    expect(state.query).toHaveLength(200);
    expect(notices[0]?.param).toBe('q');
    const odd = read(`event=${encodeURIComponent('a\u0000b'.repeat(30))}`);
    expect(odd.notices[0]?.message).toMatch(/^There is no event “a�ba�b.{34}…”/u);
  });
});

describe('writeState', () => {
  it('writes only what differs from the default, and reads back the same view', () => {
    const state: ViewState = {
      event: 'conference',
      window: { start: day('2015-11-01'), end: day('2016-01-01') },
      categories: ['policy', 'conference'],
      query: 'letters',
    };
    const query = writeState(state, context);
    expect(query).toBe(
      '?event=conference&from=2015-11-01&to=2015-12-31&categories=conference%2Cpolicy&q=letters',
    );
    expect(read(query.slice(1)).state).toEqual({ ...state, categories: ['conference', 'policy'] });
    expect(writeState({ event: null, window: null, categories: null, query: '' }, context)).toBe(
      '',
    );
  });
});

describe('readState on fuzzed links', () => {
  // The streams the end-to-end fuzz samples (tests/fuzz.spec.ts), read much further here: the
  // parser is pure, so thousands of links cost a fraction of a second.
  const pools = poolsOf(dataset.events);
  const real: StateContext = {
    eventIds: new Set(pools.ids),
    categories: CATEGORY_ORDER.filter((category) => pools.categories.includes(category)),
    coverage: dataset.coverage,
  };
  const limits = coverageWindow(real.coverage);

  it.each(FUZZ_SEEDS.map((seed) => [seed]))(
    'reads 1,500 links from seed %i into a usable view that survives being written back',
    (seed) => {
      const rnd = random(seed);
      for (let index = 0; index < 1_500; index++) {
        const url = new URL(makeUrl(rnd, pools), 'http://localhost');
        if (url.pathname !== '/') continue;
        const { state, notices } = readState(url.searchParams, real);
        const label = url.search.slice(0, 120);
        if (state.event !== null) expect(real.eventIds.has(state.event), label).toBe(true);
        if (state.window) {
          expect(state.window.start, label).toBeGreaterThanOrEqual(limits.start);
          expect(state.window.end, label).toBeLessThanOrEqual(limits.end);
          expect(state.window.end, label).toBeGreaterThan(state.window.start);
        }
        for (const category of state.categories ?? []) {
          expect(real.categories, label).toContain(category);
        }
        expect(state.query.length, label).toBeLessThanOrEqual(200);
        for (const notice of notices) expect(notice.message.length, label).toBeLessThan(400);
        // What the page shows, written into its address, reads back as the same view.
        // (Categories are a set: the address may name them in another order.)
        const asSet = (view: ViewState) => ({ ...view, categories: view.categories?.toSorted() });
        const back = readState(new URLSearchParams(writeState(state, real)), real);
        expect(back.notices, label).toEqual([]);
        expect(asSet(back.state), label).toEqual(asSet(state));
      }
    },
  );
});
