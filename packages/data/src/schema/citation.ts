import { z } from 'zod';
import { Id, Prose } from './id.js';

/**
 * Where a fact comes from: a paragraph of a source (numbered from 1, one per non-empty line) and a
 * span of the source text as UTF-16 offsets (JavaScript string indexes, end exclusive), with the
 * literal terms — names, numbers, dates as the source writes them — that must appear in the span.
 */
export const Citation = z
  .strictObject({
    source: Id,
    paragraph: z.int().min(1),
    start: z.int().min(0),
    end: z.int().min(1),
    terms: z.array(z.string().min(1)).min(1, 'a citation rests on at least one literal term'),
  })
  .refine((citation) => citation.end > citation.start, {
    error: ({ input }) => {
      const { start, end } = input as { start: number; end: number };
      return `${end} is not after its start ${start}`;
    },
    path: ['end'],
  });

export type Citation = z.infer<typeof Citation>;

/** At least one citation: no record enters the dataset without saying where it comes from. */
export const Citations = z.array(Citation).min(1, 'every record cites at least one paragraph');

/** A remark of ours, for instance where the source contradicts itself or misspells a name. */
export const Note = z.strictObject({
  text: Prose,
  citations: Citations,
});

export type Note = z.infer<typeof Note>;
