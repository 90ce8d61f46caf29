import { z } from 'zod';
import { Citations, Note } from './citation.js';
import { Id, Prose } from './id.js';

export const PlaceKind = z.enum([
  'country',
  'region',
  'province',
  'autonomous-region',
  'prefecture-level-city',
  'autonomous-prefecture',
  'county',
  'county-level-city',
  'district',
  'town',
  'street',
  'village',
  'park',
]);

/**
 * A place under its normalised name. `aliases` keeps every other spelling the source uses,
 * misspellings included, so a search for what the source says still finds it. `parents` has more
 * than one entry only where the source places it in two different places (a note says so).
 */
export const Place = z.strictObject({
  id: Id,
  name: Prose,
  kind: PlaceKind,
  aliases: z.array(z.string().min(1)),
  parents: z.array(Id),
  notes: z.array(Note),
  citations: Citations,
});

export type Place = z.infer<typeof Place>;
export type PlaceKind = z.infer<typeof PlaceKind>;
