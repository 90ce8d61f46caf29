import { facts } from './facts/index.js';
import { formatProblems, parseDataset } from './parse.js';
import type { Dataset } from './schema/dataset.js';

/**
 * The facts, validated once when this module loads and frozen all the way down so that no
 * consumer can change them for another.
 */
export const dataset: DeepReadonly<Dataset> = load();

function load(): DeepReadonly<Dataset> {
  const result = parseDataset(facts);
  if (!result.success) {
    throw new Error(
      `@corpus/data: the bundled facts are invalid:\n${formatProblems(result.problems)}`,
    );
  }
  return deepFreeze(result.data);
}

export type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}
