import { z } from 'zod';

/** A readable, URL-safe slug: every record's id, stable across releases so links keep working. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not a lowercase slug such as "pingli-county"');

/** Text written in the project's own words (titles, summaries, notes): never empty, never padded. */
export const Prose = z
  .string()
  .min(1, 'must not be empty')
  .refine((text) => text === text.trim(), 'must not start or end with white space');
