import { z } from 'zod';
import { Citations } from './citation.js';
import { FactDate } from './fact-date.js';
import { Id, Prose } from './id.js';

/** What someone was, where and when, as the source says. */
export const Role = z.strictObject({
  title: Prose,
  place: Id.optional(),
  organisation: Id.optional(),
  date: FactDate.optional(),
  citations: Citations,
});

/**
 * A person. `name` is null when the source names only the office (the county party secretary in
 * the April 2020 photo); `label` is how the dataset refers to them either way.
 */
export const Person = z.strictObject({
  id: Id,
  name: z.string().min(1).nullable(),
  label: Prose,
  roles: z.array(Role).min(1),
  citations: Citations,
});

export type Person = z.infer<typeof Person>;
export type Role = z.infer<typeof Role>;
