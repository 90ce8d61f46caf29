export * from './schema/index.js';
export { dataset, type DeepReadonly } from './dataset.js';
export { formatProblems, parseDataset, type ParseResult, type Problem } from './parse.js';
export { compareByDate, createQueries, type Queries, type ReadonlyEvent } from './query.js';
export {
  formatDateBasis,
  formatFactDate,
  formatPartialDate,
  formatTarget,
  toEdtf,
} from './format-date.js';
