import { describe, expect, it } from 'vitest';
import { dataset } from './dataset.js';
import { createQueries } from './query.js';

const facts = createQueries(dataset);
const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

describe('createQueries', () => {
  it('looks records up by id and answers undefined for unknown ids', () => {
    expect(facts.event('central-work-conference-2015')?.category).toBe('conference');
    expect(facts.place('pingli-county')?.kind).toBe('county');
    expect(facts.person('xi-jinping')?.name).toBe('Xi Jinping');
    expect(facts.event('no-such-event')).toBeUndefined();
  });

  it('orders events by date with undated ones last', () => {
    const order = ids(facts.eventsInDateOrder());
    expect(order.slice(0, 2)).toEqual([
      'central-work-conference-2015',
      'responsibility-letters-22-provinces',
    ]);
    expect(order.indexOf('decisive-victory-symposium-2020')).toBeLessThan(
      order.indexOf('shaanxi-inspection-2020'),
    );
    const firstUndated = facts
      .eventsInDateOrder()
      .findIndex((event) => event.date.kind === 'undated');
    expect(
      facts
        .eventsInDateOrder()
        .slice(firstUndated)
        .every((event) => event.date.kind === 'undated'),
    ).toBe(true);
  });

  it('finds events by category', () => {
    expect(ids(facts.eventsInCategory('symposium'))).toEqual(['decisive-victory-symposium-2020']);
  });

  it('finds events that overlap a date range', () => {
    expect(ids(facts.eventsBetween('2015-11-28', '2015-12'))).toEqual([
      'central-work-conference-2015',
      'responsibility-letters-22-provinces',
    ]);
    expect(ids(facts.eventsBetween('2020-04', '2020-04'))).toEqual(['shaanxi-inspection-2020']);
    expect(facts.eventsBetween('2016', '2019')).toEqual([]);
  });

  it('finds events at a place and inside it', () => {
    expect(ids(facts.eventsAtPlace('china', { withinDescendants: false }))).not.toContain(
      'first-secretary-zhang-jinli',
    );
    expect(ids(facts.eventsAtPlace('china'))).toContain('first-secretary-zhang-jinli');
    expect(ids(facts.eventsAtPlace('gansu-province'))).toEqual(['first-secretary-zhang-jinli']);
  });

  it('finds events with a person', () => {
    expect(ids(facts.eventsWithPerson('qi-zhigang'))).toContain('first-secretary-qi-zhigang');
  });

  it('finds related events in both directions', () => {
    const from = facts.relatedEvents('central-work-conference-2015');
    expect(
      from.some(
        (link) =>
          link.event.id === 'responsibility-letters-22-provinces' && link.direction === 'from',
      ),
    ).toBe(true);
  });

  it('walks a place up to the top', () => {
    expect(
      facts.placeHierarchy('laoxian-town').map((chain) => chain.map((place) => place.id)),
    ).toEqual([['china', 'shaanxi-province', 'ankang-city', 'pingli-county', 'laoxian-town']]);
  });
});
