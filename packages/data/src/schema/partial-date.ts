import { z } from 'zod';

/** YYYY, YYYY-MM or YYYY-MM-DD: what the format check accepts. */
const FORMAT = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** YYYY-MM-DD: a full day, its own first and last day. */
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date at the precision the source gives: a year (`2020`), a month (`2015-11`) or a day
 * (`2015-11-27`). Imprecise dates stay imprecise so no day is ever invented.
 */
export const PartialDate = z
  .string()
  .regex(FORMAT, 'is not YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealCalendarDate, 'is not a real calendar date');

export type PartialDate = z.infer<typeof PartialDate>;
export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: PartialDate): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first day a partial date can mean, as YYYY-MM-DD: `2015-11` → `2015-11-01`. */
export function earliestDay(date: PartialDate): string {
  // A full day is its own first day; most dates are, and this spares them the split.
  if (FULL_DAY.test(date)) return date;
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year ?? ''}-${month}-${day}`;
}

/** The last day a partial date can mean, as YYYY-MM-DD: `2015-11` → `2015-11-30`. */
export function latestDay(date: PartialDate): string {
  if (FULL_DAY.test(date)) return date;
  const [year = '', month, day] = date.split('-');
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return date;
  return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Runs for every date in a dataset, so a well-formed date is read digit by digit rather than
 * split into strings. Text the format check rejects is still read as it always was, so it gets
 * the same problems as before.
 */
function isRealCalendarDate(date: string): boolean {
  if (!FORMAT.test(date)) return isRealCalendarDateOfMalformed(date);
  if (date.length === 4) return true;
  const month = digitsAt(date, 5, 7);
  if (month < 1 || month > 12) return false;
  if (date.length === 7) return true;
  const day = digitsAt(date, 8, 10);
  // Every month has 28 days; only a later day needs the calendar.
  return day >= 1 && (day <= 28 || day <= daysInMonth(digitsAt(date, 0, 4), month));
}

/** The general reading, part by part as `Number` reads it, for text that is not well formed. */
function isRealCalendarDateOfMalformed(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined || year === undefined) return true;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The number the ASCII digits `text[start..end)` spell. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}
