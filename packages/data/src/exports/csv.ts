import { stringify } from 'csv-stringify/sync';
import type { DeepReadonly } from '../dataset.js';
import { formatDateBasis, formatFactDate, toEdtf } from '../format-date.js';
import type { Dataset } from '../schema/dataset.js';
import { dayBounds } from '../schema/fact-date.js';
import { compareByDate } from '../query.js';
import { createNamer } from './names.js';

/** The columns of `events.csv`, described once for the CSV and for the data package. */
export const EVENT_COLUMNS = [
  { name: 'id', type: 'string', description: 'Stable id of the event (a slug)' },
  { name: 'title', type: 'string', description: 'Title, in the project’s words' },
  { name: 'category', type: 'string', description: 'Timeline lane: conference, symposium, …' },
  { name: 'kind', type: 'string', description: 'happening, statement or assessment' },
  { name: 'date', type: 'string', description: 'The date as a person reads it' },
  { name: 'date_edtf', type: 'string', description: 'The date in EDTF (ISO 8601-2)' },
  {
    name: 'earliest_day',
    type: 'date',
    description: 'First day the event can lie on; empty if open',
  },
  { name: 'latest_day', type: 'date', description: 'Last day the event can lie on; empty if open' },
  { name: 'date_basis', type: 'string', description: 'stated, inferred or not-stated' },
  { name: 'date_basis_detail', type: 'string', description: 'How the date is known' },
  {
    name: 'target',
    type: 'string',
    description:
      'Date a goal is due by (YYYY, YYYY-MM or YYYY-MM-DD), not the event’s date; or empty',
  },
  { name: 'summary', type: 'string', description: 'Summary, in the project’s words' },
  { name: 'places', type: 'string', description: 'Place names, separated by "; "' },
  { name: 'people', type: 'string', description: 'People, separated by "; "' },
  { name: 'organisations', type: 'string', description: 'Organisations, separated by "; "' },
  { name: 'figures', type: 'string', description: 'Figures with their value as written, "; "' },
  {
    name: 'citations',
    type: 'string',
    description: 'source:paragraph:start-end, separated by "; "',
  },
] as const;

/** One row per event in date order, RFC 4180: CRLF line ends, quotes only where needed. */
export function toCsv(dataset: DeepReadonly<Dataset>): string {
  const namesOf = createNamer(dataset);
  const rows = [...dataset.events].sort(compareByDate).map((event) => {
    const names = namesOf(event);
    const bounds = dayBounds(event.date);
    return [
      event.id,
      event.title,
      event.category,
      event.kind,
      formatFactDate(event.date),
      toEdtf(event.date),
      bounds.from ?? '',
      bounds.to ?? '',
      event.date.basis.kind,
      formatDateBasis(event.date.basis),
      event.target ?? '',
      event.summary,
      names.places.join('; '),
      names.people.join('; '),
      names.organisations.join('; '),
      names.figures.join('; '),
      event.citations.map((c) => `${c.source}:${c.paragraph}:${c.start}-${c.end}`).join('; '),
    ];
  });
  return stringify([EVENT_COLUMNS.map((column) => column.name), ...rows], {
    record_delimiter: 'windows',
  });
}
