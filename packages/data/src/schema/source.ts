import { z } from 'zod';
import { Citations, Note } from './citation.js';
import { FactDate } from './fact-date.js';
import { Id, Prose } from './id.js';

/** Who made the source, as its own credits say (role as written, names as written). */
export const Credit = z.strictObject({
  role: z.string().min(1),
  people: z.array(Id).min(1),
  citations: Citations,
});

/** A document facts are drawn from, identified by the hash of its exact text. */
export const Source = z.strictObject({
  id: Id,
  title: Prose,
  titleSupplied: z
    .boolean()
    .default(false)
    .describe('true when the title is ours because the document has no headline of its own'),
  kind: z.enum(['news-feature', 'report', 'speech', 'other']),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'is not a BCP 47 tag such as "en"'),
  translatedFrom: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  machineTranslated: z.boolean(),
  fileName: z.string().min(1),
  text: z.strictObject({
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'is not 64 lowercase hex digits'),
    length: z.int().min(1).describe('UTF-16 code units'),
    paragraphs: z.int().min(1),
  }),
  date: FactDate,
  credits: z.array(Credit),
  notes: z.array(Note),
});

export type Source = z.infer<typeof Source>;
export type Credit = z.infer<typeof Credit>;
