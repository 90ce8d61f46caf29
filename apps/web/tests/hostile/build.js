#!/usr/bin/env node
/** Builds the app from the hostile dataset into build-hostile/ (see ../build-site.js). */
import { buildSite } from '../build-site.js';
import { writeHostileDataset } from './make-dataset.js';

buildSite('hostile', writeHostileDataset);
