import type { EventView } from './types';

/** A made-up event for the app's unit tests, with the fields a test cares about overridden. */
export function makeEvent(overrides: Partial<EventView> & Pick<EventView, 'id'>): EventView {
  return {
    title: `Event ${overrides.id}`,
    summary: 'A summary.',
    category: 'conference',
    dateLabel: '3 May 2016',
    basisLabel: 'stated in the source',
    edtf: '2016-05-03',
    certainty: 'day',
    start: '2016-05-03',
    end: '2016-05-03',
    places: [],
    people: [],
    organisations: [],
    figures: [],
    related: [],
    notes: [],
    citations: [],
    reference: `Event ${overrides.id}.`,
    searchText: `event ${overrides.id} a summary.`,
    ...overrides,
  };
}
