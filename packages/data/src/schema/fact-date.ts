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
 * fact lies somewhere inside the bounds it has. A missing bound is unknown, not the edge of the
 * dataset's coverage: a fact without `earliest` may have begun before the coverage starts.
 */
export const FactDate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('on'), date: PartialDate, basis: DateBasis }),
  z
    .strictObject({
      kind: z.literal('span'),
      start: PartialDate,
      end: PartialDate,
      basis: DateBasis,
    })
    .refine((span) => inOrder(span.start, span.end), outOfOrder('start', 'end')),
  z
    .strictObject({
      kind: z.literal('undated'),
      earliest: PartialDate.optional(),
      latest: PartialDate.optional(),
      basis: DateBasis,
    })
    .refine(
      (undated) => inOrder(undated.earliest, undated.latest),
      outOfOrder('earliest', 'latest'),
    ),
]);

/** Whether bounds are in order: `to` does not end before `from` starts. Open bounds always are. */
function inOrder(from: PartialDate | undefined, to: PartialDate | undefined): boolean {
  return !from || !to || latestDay(to) >= earliestDay(from);
}

/**
 * Reports bounds out of order on the later one. A refinement with a message built only on failure,
 * not a superRefine: that allocates a closure for every date it checks, and datasets have many.
 */
function outOfOrder(fromKey: string, toKey: string) {
  return {
    path: [toKey],
    error: ({ input }: { input: unknown }) => {
      const bounds = input as Record<string, unknown>;
      return `${String(bounds[toKey])} is before its start ${String(bounds[fromKey])}`;
    },
  };
}

export type DateBasis = z.infer<typeof DateBasis>;
export type FactDate = z.infer<typeof FactDate>;

/** The first and last day a fact can lie on; open ends (undated without bounds) are undefined. */
export function dayBounds(date: FactDate): { from?: string; to?: string } {
  switch (date.kind) {
    case 'on':
      return { from: earliestDay(date.date), to: latestDay(date.date) };
    case 'span':
      return { from: earliestDay(date.start), to: latestDay(date.end) };
    case 'undated': {
      // Open ends are left out, not set to undefined; assigned rather than spread in, which
      // would build a throwaway object for each bound of every undated fact.
      const bounds: { from?: string; to?: string } = {};
      if (date.earliest) bounds.from = earliestDay(date.earliest);
      if (date.latest) bounds.to = latestDay(date.latest);
      return bounds;
    }
  }
}
