export { locate } from './locate.js';
export { paragraphsOf, type Paragraph } from './paragraphs.js';
export { readSourceTexts, verifyCitations, type CitationReport } from './verify.js';
