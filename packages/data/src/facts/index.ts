import type { DatasetInput } from '../schema/dataset.js';
import { events } from './events.js';
import { figures } from './figures.js';
import { organisations } from './organisations.js';
import { people } from './people.js';
import { places } from './places.js';
import { sources } from './sources.js';

/** The facts as authored, before validation. `dataset` in ../dataset.ts is the validated form. */
export const facts = {
  name: 'corpus-timeline',
  version: '0.1.0',
  coverage: { start: '2015-01-01', end: '2020-12-31' },
  sources,
  events,
  places,
  people,
  organisations,
  figures,
} satisfies DatasetInput;
