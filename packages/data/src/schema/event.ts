import { z } from 'zod';
import { Citations, Note } from './citation.js';
import { FactDate } from './fact-date.js';
import { Id, Prose } from './id.js';

/** The lanes of the timeline: what kind of happening an event is. */
export const Category = z.enum([
  'conference',
  'responsibility-letters',
  'symposium',
  'inspection-visit',
  'east-west-cooperation',
  'supervision',
  'first-secretaries',
  'policy',
]);

export const Relation = z.enum(['part-of', 'follows', 'context', 'same-theme']);

/** Someone's part in an event, in our words ("led the visit", "signed for the province"). */
export const Participant = z.strictObject({
  person: Id,
  part: Prose.optional(),
});

/** A dated or undated happening the source reports, told in the project's own words and cited. */
export const Event = z.strictObject({
  id: Id,
  title: Prose,
  summary: Prose,
  category: Category,
  date: FactDate,
  places: z.array(Id),
  people: z.array(Participant),
  organisations: z.array(Id),
  figures: z.array(Id),
  related: z.array(z.strictObject({ event: Id, relation: Relation })),
  notes: z.array(Note),
  citations: Citations,
});

export type Event = z.infer<typeof Event>;
export type Category = z.infer<typeof Category>;
export type Relation = z.infer<typeof Relation>;
export type Participant = z.infer<typeof Participant>;
