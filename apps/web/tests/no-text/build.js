#!/usr/bin/env node
/**
 * Builds the app from the bundled facts without the source text, as a default build is made, into
 * build-no-text/ (see ../build-site.js): the tests check that none of the text reaches its
 * output and that readers can open their own copy. Self-contained, like the other site builds.
 */
import { buildSite } from '../build-site.js';

buildSite('no-text', undefined, { sourceDir: '' });
