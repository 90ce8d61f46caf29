import { z } from 'zod';
import { Prose } from './id.js';
import { PartialDate, earliestDay, latestDay } from './partial-date.js';

/** How we know a date: the source states it, we inferred it (and from what), or it is not stated. */
export const DateBasis = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stated') }),
  z.strictObject({ kind: z.literal('inferred'), from: Prose }),
  z.strictObject({ kind: z.literal('not-stated') }),
]);

/**
 * When a fact happened. `on`: one date at its own precision (a year means "some day that year").
 * `span`: it lasted from `start` to `end`, both included. `undated`: the source gives no date; the
 * fact lies somewhere inside the optional bounds, or else anywhere in the dataset's coverage.
 */
export const FactDate = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('on'), date: PartialDate, basis: DateBasis }),
    z.strictObject({
      kind: z.literal('span'),
      start: PartialDate,
      end: PartialDate,
      basis: DateBasis,
    }),
    z.strictObject({
      kind: z.literal('undated'),
      earliest: PartialDate.optional(),
      latest: PartialDate.optional(),
      basis: DateBasis,
    }),
  ])
  .superRefine((value, context) => {
    const bounds =
      value.kind === 'span'
        ? { from: value.start, to: value.end, toKey: 'end' }
        : value.kind === 'undated'
          ? { from: value.earliest, to: value.latest, toKey: 'latest' }
          : undefined;
    if (!bounds?.from || !bounds.to) return;
    if (latestDay(bounds.to) < earliestDay(bounds.from)) {
      context.addIssue({
        code: 'custom',
        path: [bounds.toKey],
        message: `${bounds.to} is before its start ${bounds.from}`,
      });
    }
  });

export type DateBasis = z.infer<typeof DateBasis>;
export type FactDate = z.infer<typeof FactDate>;

/** The first and last day a fact can lie on; open ends (undated without bounds) are undefined. */
export function dayBounds(date: FactDate): { from?: string; to?: string } {
  switch (date.kind) {
    case 'on':
      return { from: earliestDay(date.date), to: latestDay(date.date) };
    case 'span':
      return { from: earliestDay(date.start), to: latestDay(date.end) };
    case 'undated':
      return {
        ...(date.earliest && { from: earliestDay(date.earliest) }),
        ...(date.latest && { to: latestDay(date.latest) }),
      };
  }
}
