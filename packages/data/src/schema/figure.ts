import { z } from 'zod';
import { Citations } from './citation.js';
import { FactDate } from './fact-date.js';
import { Id, Prose } from './id.js';

/**
 * A number the source states. `value` alone is one number; `value` with `upTo` is a range.
 * `asWritten` is the figure exactly as the source prints it, and is one of its citation's terms.
 */
export const Figure = z
  .strictObject({
    id: Id,
    label: Prose,
    value: z.number(),
    upTo: z.number().optional(),
    unit: Prose,
    qualifier: z.enum(['exactly', 'more-than', 'nearly', 'range']),
    asWritten: z.string().min(1),
    asOf: FactDate,
    citations: Citations,
  })
  .superRefine((figure, context) => {
    if ((figure.qualifier === 'range') !== (figure.upTo !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['upTo'],
        message: 'a range has an upper value and only a range has one',
      });
    }
    if (figure.upTo !== undefined && figure.upTo < figure.value) {
      context.addIssue({
        code: 'custom',
        path: ['upTo'],
        message: `${figure.upTo} is below the lower value ${figure.value}`,
      });
    }
    if (!figure.citations.some((citation) => citation.terms.includes(figure.asWritten))) {
      context.addIssue({
        code: 'custom',
        path: ['asWritten'],
        message: `"${figure.asWritten}" is not a term of any of its citations`,
      });
    }
  });

export type Figure = z.infer<typeof Figure>;
