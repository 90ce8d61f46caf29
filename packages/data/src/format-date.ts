import type { DateBasis, FactDate } from './schema/fact-date.js';
import { precisionOf, type PartialDate } from './schema/partial-date.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(date: PartialDate) {
  const [year = '', month, day] = date.split('-');
  return {
    year,
    month: month === undefined ? undefined : MONTHS[Number(month) - 1],
    day: day === undefined ? undefined : String(Number(day)),
  };
}

/** A partial date as a person reads it: `21 April 2020`, `November 2015`, `2020`. */
export function formatPartialDate(date: PartialDate): string {
  const { year, month, day } = parts(date);
  return [day, month, year].filter(Boolean).join(' ');
}

function formatSpan(start: PartialDate, end: PartialDate): string {
  if (start === end) return formatPartialDate(start);
  const a = parts(start);
  const b = parts(end);
  if (a.day && b.day && a.year === b.year && a.month === b.month) {
    return `${a.day}–${b.day} ${b.month ?? ''} ${b.year}`;
  }
  if (a.day && b.day && a.year === b.year)
    return `${a.day} ${a.month ?? ''} – ${formatPartialDate(end)}`;
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/**
 * A fact's date as a person reads it, saying what is not known: `27–28 November 2015`,
 * `2020, day not stated`, `Not dated, between 27 November 2015 and 2020`.
 */
export function formatFactDate(date: FactDate): string {
  switch (date.kind) {
    case 'on': {
      const text = formatPartialDate(date.date);
      const precision = precisionOf(date.date);
      return precision === 'day' ? text : `${text}, day not stated`;
    }
    case 'span': {
      const text = formatSpan(date.start, date.end);
      return precisionOf(date.start) === 'day' && precisionOf(date.end) === 'day'
        ? text
        : `${text}, days not stated`;
    }
    case 'undated': {
      const { earliest, latest } = date;
      if (earliest && latest) {
        return `Not dated, between ${formatPartialDate(earliest)} and ${formatPartialDate(latest)}`;
      }
      if (earliest) return `Not dated, from ${formatPartialDate(earliest)} on`;
      if (latest) return `Not dated, by ${formatPartialDate(latest)}`;
      return 'Not dated';
    }
  }
}

/** A goal's deadline as a person reads it, apart from any date of the event: `by 2020`. */
export function formatTarget(target: PartialDate): string {
  return `by ${formatPartialDate(target)}`;
}

/** How the date is known, as a person reads it. */
export function formatDateBasis(basis: DateBasis): string {
  switch (basis.kind) {
    case 'stated':
      return 'stated in the source';
    case 'inferred':
      return `inferred: ${basis.from}`;
    case 'not-stated':
      return 'not stated in the source';
  }
}

/**
 * The date in EDTF (ISO 8601-2): `2020-04-21`, `2015-11-27/2015-11-28`; an undated fact is "one
 * of the days" between its bounds, `[2015-11-27..2020]`, or `XXXX` when nothing bounds it.
 */
export function toEdtf(date: FactDate): string {
  switch (date.kind) {
    case 'on':
      return date.date;
    case 'span':
      return `${date.start}/${date.end}`;
    case 'undated':
      return date.earliest || date.latest
        ? `[${date.earliest ?? ''}..${date.latest ?? ''}]`
        : 'XXXX';
  }
}
