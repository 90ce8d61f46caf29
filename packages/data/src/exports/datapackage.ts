import type { DeepReadonly } from '../dataset.js';
import type { Dataset } from '../schema/dataset.js';
import { EVENT_COLUMNS } from './csv.js';
import { GENERATED_BY } from './generated-by.js';
import { DATASET_TITLE } from './metadata.js';

/** The files a data package describes, by the names they are published under. */
export const PACKAGE_FILES = {
  csv: 'events.csv',
  json: 'dataset.json',
  schema: 'schema.json',
} as const;

/**
 * A Frictionless Data Package (v1) describing `events.csv` (tabular, with its field schema) and
 * `dataset.json` (the whole dataset, with its JSON Schema).
 */
export function toDataPackage(dataset: DeepReadonly<Dataset>): string {
  const source = dataset.sources[0];
  const descriptor = {
    $comment: GENERATED_BY,
    profile: 'data-package',
    name: dataset.name,
    title: DATASET_TITLE,
    version: dataset.version,
    licenses: [{ name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License' }],
    temporal: { start: dataset.coverage.start, end: dataset.coverage.end },
    sources: dataset.sources.map((s) => ({ title: s.title, path: s.fileName })),
    ...(source && {
      description: `Facts drawn from "${source.title}", each cited to paragraph and character offsets.`,
    }),
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'events',
        path: PACKAGE_FILES.csv,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: {
          delimiter: ',',
          lineTerminator: '\r\n',
          quoteChar: '"',
          doubleQuote: true,
          header: true,
        },
        schema: {
          fields: EVENT_COLUMNS.map(({ name, type, description }) => ({ name, type, description })),
          primaryKey: ['id'],
        },
      },
      {
        profile: 'data-resource',
        name: 'dataset',
        path: PACKAGE_FILES.json,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema: PACKAGE_FILES.schema,
      },
    ],
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
