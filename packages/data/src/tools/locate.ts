#!/usr/bin/env node
/**
 * For contributors adding facts: prints the citation JSON for terms in a paragraph.
 * Usage: pnpm locate FILE SOURCE_ID PARAGRAPH TERM [TERM…]
 */
import { readFileSync } from 'node:fs';
import { locate } from '../citations/locate.js';

const [file, source, paragraph, ...terms] = process.argv.slice(2);
if (!file || !source || !paragraph || terms.length === 0) {
  console.error('usage: locate FILE SOURCE_ID PARAGRAPH TERM [TERM…]');
  process.exit(2);
}
try {
  console.log(JSON.stringify(locate(readFileSync(file, 'utf8'), source, Number(paragraph), terms)));
} catch (error) {
  console.error(`locate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
