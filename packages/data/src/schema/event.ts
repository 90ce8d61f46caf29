import { z } from 'zod';
import { Citations, Note } from './citation.js';
import { FactDate } from './fact-date.js';
import { Id, Prose } from './id.js';
import { PartialDate } from './partial-date.js';

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

/**
 * What sort of record an event is. A `happening` took place (a meeting, a visit, letters signed,
 * work done); a `statement` is something someone said or pledged, dated when it was made; an
 * `assessment` is the source's own judgement of how things stand, which happened at no date.
 */
export const EventKind = z.enum(['happening', 'statement', 'assessment']);

export const Relation = z.enum(['part-of', 'follows', 'context', 'same-theme']);

/** Someone's part in an event, in our words ("led the visit", "signed for the province"). */
export const Participant = z.strictObject({
  person: Id,
  part: Prose.optional(),
});

/** A dated or undated record of what the source reports, told in the project's own words and cited. */
export const Event = z.strictObject({
  id: Id,
  title: Prose,
  summary: Prose,
  kind: EventKind.default('happening'),
  category: Category,
  date: FactDate,
  // A deadline is not a date of the event: "by 2020" says when a goal is due, not when it was set.
  target: PartialDate.optional().describe(
    'The date by which a goal the event sets or restates is to be met, as the source states it',
  ),
  places: z.array(Id),
  people: z.array(Participant),
  organisations: z.array(Id),
  figures: z.array(Id),
  related: z.array(z.strictObject({ event: Id, relation: Relation })),
  notes: z.array(Note),
  citations: Citations,
});

export type Event = z.infer<typeof Event>;
export type EventKind = z.infer<typeof EventKind>;
export type Category = z.infer<typeof Category>;
export type Relation = z.infer<typeof Relation>;
export type Participant = z.infer<typeof Participant>;
