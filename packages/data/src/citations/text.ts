/**
 * `@corpus/data/text`: everything that works on a source's text, in a browser as in Node.js —
 * the paragraphs, the one segmentation into marked spans, coverage, and the citation checks with
 * Web Crypto hashing. It loads no zod, no facts and no Node.js module.
 */
export { checkSourceText, type Issue, type Path, type TextCheck } from './check.js';
export { coverageOf, type Coverage } from './coverage.js';
export { paragraphsOf, type Paragraph } from './paragraphs.js';
export {
  groupSpans,
  segmentParagraph,
  segmentText,
  type GroupedSpan,
  type MarkPiece,
  type Piece,
  type SegmentedParagraph,
  type Span,
  type TextPiece,
} from './segments.js';
export { sha256Hex } from './sha256.js';
export { verifySourceText } from './verify-text.js';
