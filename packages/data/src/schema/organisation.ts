import { z } from 'zod';
import { Citations, Note } from './citation.js';
import { Id, Prose } from './id.js';

export const OrganisationKind = z.enum([
  'party',
  'party-body',
  'conference',
  'discipline-body',
  'team',
  'initiative',
  'enterprise',
]);

/** A party body, team or other group the source names; `parent` where the source nests it. */
export const Organisation = z.strictObject({
  id: Id,
  name: Prose,
  kind: OrganisationKind,
  aliases: z.array(z.string().min(1)),
  parent: Id.optional(),
  place: Id.optional(),
  notes: z.array(Note),
  citations: Citations,
});

export type Organisation = z.infer<typeof Organisation>;
export type OrganisationKind = z.infer<typeof OrganisationKind>;
