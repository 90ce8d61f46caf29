import { readFileSync } from 'node:fs';
import {
  createQueries,
  dataset as bundled,
  formatProblems,
  parseDataset,
  type Dataset,
  type DeepReadonly,
} from '@corpus/data';
import { createCiter, formatCitation } from '@corpus/data/export';
import type { EventSummary, TimelineData } from '$lib/types';
import { site } from './site';
import { loadSourceTexts } from './source-texts';
import { buildTimelineData, toSummary } from './view-model';

/**
 * The dataset the site is built from: the bundled facts, or the JSON file CORPUS_DATASET names
 * (the test and benchmark builds feed hostile or synthetic data through the same app code). An
 * invalid file stops the build with every problem and its path.
 */
export function loadDataset(file = process.env.CORPUS_DATASET): DeepReadonly<Dataset> {
  if (!file) return bundled;
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`CORPUS_DATASET=${file} cannot be read as JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const result = parseDataset(input);
  if (!result.success) {
    throw new Error(
      `CORPUS_DATASET=${file} is not a valid dataset:\n${formatProblems(result.problems)}`,
    );
  }
  return result.data;
}

export const dataset = loadDataset();
export const queries = createQueries(dataset);
/** The source texts this build includes (none unless CORPUS_SOURCE_DIR is set): see source-texts. */
export const sourceTexts = loadSourceTexts(dataset);

/**
 * The records every reference on the site is written from. With CORPUS_SITE_URL they name the
 * event's page and, as the day of access APA asks for, the day the site was built.
 */
export const citer = createCiter(
  dataset,
  site.siteUrl === undefined
    ? {}
    : { baseUrl: site.siteUrl, accessed: new Date().toISOString().slice(0, 10) },
);

export const timelineData = buildTimelineData(dataset, {
  reference: (event) => formatCitation(citer.event(event), 'text').trimEnd(),
  texts: sourceTexts,
});

/** What the home page carries: every event's summary, not its details (see EventSummary). */
export const homeData: TimelineData<EventSummary> = {
  ...timelineData,
  events: timelineData.events.map(toSummary),
};

/** Each event's position in date order, by id, for the event pages. */
export const eventIndex = new Map(timelineData.events.map((event, index) => [event.id, index]));
