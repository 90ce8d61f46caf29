#!/usr/bin/env node
/**
 * Builds the app from the bundled facts into build-subpath/, for a host that serves it under
 * BASE_PATH (see settings.js). Self-contained: `node tests/subpath/build.js` from apps/web.
 */
import { buildSite } from '../build-site.js';
import { SUBPATH } from './settings.js';

buildSite('subpath', undefined, { settings: SUBPATH });
