import type { CitedRecord } from '../schema/walk.js';

/**
 * Where the site shows a record, under `baseUrl` (the site's address, '' for site-relative
 * links): events and sources have pages of their own; places, people, organisations and figures
 * are entries of one page per kind; a note, role or credit line is an anchor in its record.
 */
export function recordUrl(record: CitedRecord, baseUrl: string): string {
  const root = baseUrl.replace(/\/$/, '');
  const id = encodeURIComponent(record.id);
  const part = record.part ? `#${record.part.kind}-${record.part.index}` : '';
  switch (record.kind) {
    case 'event':
      return `${root}/events/${id}${part}`;
    case 'source':
      return `${root}/sources/${id}${part}`;
    case 'place':
      return `${root}/places#${id}`;
    case 'person':
      return `${root}/people#${id}`;
    case 'organisation':
      return `${root}/organisations#${id}`;
    case 'figure':
      return `${root}/figures#${id}`;
  }
}
