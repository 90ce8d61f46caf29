export {
  CITE_FILES,
  CITE_FORMATS,
  createCiter,
  formatCitation,
  type CiteFormat,
  type CiteOptions,
  type CslItem,
} from './cite.js';
export { EVENT_COLUMNS, toCsv } from './csv.js';
export { PACKAGE_FILES, toDataPackage } from './datapackage.js';
export { GENERATED_BY } from './generated-by.js';
export { toIcs, type IcsOptions } from './ics.js';
export { eventToJsonLd, toJsonLd, type JsonLdOptions } from './jsonld.js';
export { toJson, toJsonSchema } from './json.js';
export { DATASET_AUTHOR, DATASET_TITLE } from './metadata.js';
export { recordUrl } from './record-url.js';
export { sourceTarget, toAnnotations, type AnnotationOptions } from './annotations.js';
