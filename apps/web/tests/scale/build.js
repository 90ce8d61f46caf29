#!/usr/bin/env node
/**
 * Builds the app from a synthetic dataset large enough to page the list and to count events on
 * the timeline instead of drawing each (see src/lib/timeline/windowed.ts), into build-scale/.
 */
import { writeFileSync } from 'node:fs';
import { makeSyntheticDataset } from '@corpus/bench/synthetic';
import { buildSite } from '../build-site.js';
import { SCALE_EVENTS } from './size.js';

// The synthetic dataset cites an invented source that has no text to include.
buildSite(
  'scale',
  (file) => {
    writeFileSync(file, JSON.stringify(makeSyntheticDataset(SCALE_EVENTS)));
    return { events: SCALE_EVENTS };
  },
  { sourceDir: '' },
);
