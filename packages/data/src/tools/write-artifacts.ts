/**
 * Build step: writes `dist/dataset.json` and `dist/schema.json`, the two files the package's
 * exports map serves beside the code. Runs after tsc, on the validated dataset.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset } from '../dataset.js';
import { toJson, toJsonSchema } from '../exports/json.js';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'dataset.json'), toJson(dataset));
writeFileSync(join(dist, 'schema.json'), toJsonSchema());
console.log(`wrote dataset.json (${dataset.events.length} events) and schema.json to ${dist}`);
