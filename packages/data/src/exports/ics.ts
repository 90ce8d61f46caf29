import { createEvents, type EventAttributes } from 'ics';
import type { DeepReadonly } from '../dataset.js';
import { formatDateBasis, formatFactDate, formatTarget } from '../format-date.js';
import type { Dataset } from '../schema/dataset.js';
import { dayBounds } from '../schema/fact-date.js';
import { compareByDate } from '../query.js';
import { GENERATED_BY } from './generated-by.js';
import { createNamer } from './names.js';
import { recordUrl } from './record-url.js';

export interface IcsOptions {
  /** Where event pages live; each entry links to `${baseUrl}/events/<id>`. */
  baseUrl?: string;
  /** DTSTAMP of every entry; fixed by default so the same data always gives the same file. */
  stamp?: Date;
}

/**
 * An iCalendar (RFC 5545) file with one all-day entry per dated event. An event known only to the
 * month or year covers that whole month or year, and its description says the day is not stated;
 * undated events have no place in a calendar and are left out.
 */
export function toIcs(
  dataset: DeepReadonly<Dataset>,
  { baseUrl, stamp = new Date(Date.UTC(2020, 11, 31)) }: IcsOptions = {},
): string {
  const namesOf = createNamer(dataset);
  const entries = [...dataset.events]
    .sort(compareByDate)
    .filter((event) => event.date.kind !== 'undated')
    .map((event): EventAttributes => {
      const { from = '', to = '' } = dayBounds(event.date);
      const names = namesOf(event);
      const description = [
        event.summary,
        `Date: ${formatFactDate(event.date)} (${formatDateBasis(event.date.basis)}).`,
        ...(event.target
          ? [`Target: ${formatTarget(event.target)} (a deadline, not this date).`]
          : []),
        `Sources: ${event.citations.map((c) => `${c.source} paragraph ${c.paragraph}, characters ${c.start}–${c.end}`).join('; ')}.`,
      ].join('\n\n');
      return {
        uid: `${event.id}@corpus-timeline`,
        title: event.title,
        description,
        start: dayArray(from),
        end: dayArray(nextDay(to)),
        categories: [event.category],
        transp: 'TRANSPARENT',
        ...(names.places.length > 0 && { location: names.places.join(', ') }),
        ...(baseUrl && { url: recordUrl({ kind: 'event', id: event.id }, baseUrl) }),
        ...({ timestamp: stamp.getTime() } as object),
      };
    });
  const { error, value } = createEvents(entries, {
    productId: '-//corpus-timeline//@corpus/data//EN',
    calName: 'corpus-timeline',
  });
  if (error || value === null)
    throw new Error(`iCalendar export failed: ${error?.message ?? 'no output'}`);
  const withComment = value.replace(
    'BEGIN:VCALENDAR\r\n',
    `BEGIN:VCALENDAR\r\nX-COMMENT:${GENERATED_BY}\r\n`,
  );
  return refold(withComment);
}

/**
 * Folds content lines at 75 octets, as RFC 5545 section 3.1 asks. The ics library folds at 75
 * characters, which overruns the limit for the dashes and quotes of our summaries (3 bytes each
 * in UTF-8), so the output is unfolded and folded again here without splitting a character.
 */
function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map(foldLine).join('\r\n');
}

const encoder = new TextEncoder();

function foldLine(line: string): string {
  const chunks: string[] = [];
  let chunk = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = chunks.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      chunks.push(chunk);
      chunk = '';
      octets = 0;
    }
    chunk += character;
    octets += size;
  }
  chunks.push(chunk);
  return chunks.join('\r\n ');
}

function dayArray(day: string): [number, number, number] {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  return [year, month, date];
}

function nextDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
