import { z } from 'zod';

/**
 * A calendar date at the precision the source gives: a year (`2020`), a month (`2015-11`) or a day
 * (`2015-11-27`). Imprecise dates stay imprecise so no day is ever invented.
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealCalendarDate, 'is not a real calendar date');

export type PartialDate = z.infer<typeof PartialDate>;
export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: PartialDate): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first day a partial date can mean, as YYYY-MM-DD: `2015-11` → `2015-11-01`. */
export function earliestDay(date: PartialDate): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year ?? ''}-${month}-${day}`;
}

/** The last day a partial date can mean, as YYYY-MM-DD: `2015-11` → `2015-11-30`. */
export function latestDay(date: PartialDate): string {
  const [year = '', month, day] = date.split('-');
  if (month === undefined) return `${year}-12-31`;
  if (day !== undefined) return date;
  return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined || year === undefined) return true;
  return day >= 1 && day <= daysInMonth(year, month);
}
