import type { DatasetInput } from '../schema/dataset.js';
import { VERSION } from '../version.js';
import { events } from './events.js';
import { figures } from './figures.js';
import { organisations } from './organisations.js';
import { people } from './people.js';
import { places } from './places.js';
import { sources } from './sources.js';

/**
 * The facts as authored, before validation. `dataset` in ../dataset.ts is the validated form. The
 * dataset's version is the package's: one number, bumped by `changeset version`.
 */
export const facts = {
  name: 'corpus-timeline',
  version: VERSION,
  coverage: { start: '2015-01-01', end: '2020-12-31' },
  sources,
  events,
  places,
  people,
  organisations,
  figures,
} satisfies DatasetInput;
