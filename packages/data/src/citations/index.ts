export { locate } from './locate.js';
export * from './text.js';
export { readSourceTexts, verifyCitations, type CitationReport } from './verify.js';
