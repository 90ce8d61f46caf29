import type { Coverage } from '$lib/types';

export const DAY = 24 * 60 * 60 * 1000;

/** A visible span of time, as UTC milliseconds, start included and end excluded. */
export interface TimeWindow {
  start: number;
  end: number;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a YYYY-MM-DD day, or undefined when the text is not a real calendar day. */
export function parseDay(text: string): number | undefined {
  const match = DAY_PATTERN.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? time
    : undefined;
}

/** The YYYY-MM-DD day a UTC time falls on. */
export function formatDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The whole period the timeline may show: the first day of the coverage to the end of its last. */
export function coverageWindow(coverage: Coverage): TimeWindow {
  return { start: parseDay(coverage.start) ?? 0, end: (parseDay(coverage.end) ?? 0) + DAY };
}

/** Keeps a window inside the coverage, keeping its length where it fits. */
export function clampWindow(window: TimeWindow, limits: TimeWindow): TimeWindow {
  const length = Math.min(window.end - window.start, limits.end - limits.start);
  const start = Math.min(Math.max(window.start, limits.start), limits.end - length);
  return { start, end: start + length };
}

/** The window as URL days: `from` is its first day, `to` its last (the end is exclusive). */
export function windowToDays(window: TimeWindow): { from: string; to: string } {
  return { from: formatDay(window.start), to: formatDay(Math.max(window.start, window.end - DAY)) };
}

export function daysToWindow(from: number, to: number): TimeWindow {
  return { start: from, end: to + DAY };
}

const LONG_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The days a window shows, as a person reads them: "1 January 2015 – 31 December 2020". */
export function formatWindow(window: TimeWindow): string {
  const last = Math.max(window.start, window.end - DAY);
  return `${LONG_DAY.format(window.start)} – ${LONG_DAY.format(last)}`;
}
