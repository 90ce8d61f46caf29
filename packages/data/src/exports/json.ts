import { z } from 'zod';
import type { DeepReadonly } from '../dataset.js';
import { Dataset } from '../schema/dataset.js';
import { GENERATED_BY } from './generated-by.js';

/** The whole dataset as JSON, pointing at its JSON Schema, with a line saying what made it. */
export function toJson(
  dataset: DeepReadonly<Dataset>,
  { schemaUrl = './schema.json' } = {},
): string {
  const { $schema, $comment, ...rest } = dataset;
  return `${JSON.stringify({ $schema: schemaUrl, $comment: GENERATED_BY, ...rest }, null, 2)}\n`;
}

/** JSON Schema (draft 2020-12) for `dataset.json`, generated from the zod schemas. */
export function toJsonSchema(): string {
  const schema = z.toJSONSchema(Dataset, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify(
    {
      ...schema,
      title: 'corpus-timeline dataset',
      description:
        'Facts drawn from a source document, each citing its paragraph and character offsets. Cross-record rules (unique ids, resolving references, dates inside the coverage) are checked by parseDataset and the CLI, not by this schema.',
      $comment: GENERATED_BY,
    },
    null,
    2,
  )}\n`;
}
