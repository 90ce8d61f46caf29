#!/usr/bin/env node
/**
 * Builds the app from the real facts without the source text, as a default build is made, into
 * build-no-text/ (see ../build-site.js): the tests check that none of the text reaches its
 * output and that readers can open their own copy. Self-contained, like the other site builds.
 */
import { writeFileSync } from 'node:fs';
import { dataset } from '@corpus/data';
import { toJson } from '@corpus/data/export';
import { buildSite } from '../build-site.js';

buildSite(
  'no-text',
  (file) => {
    writeFileSync(file, toJson(dataset));
    return { events: dataset.events.length };
  },
  { sourceDir: '' },
);
