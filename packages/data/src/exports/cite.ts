import type { DeepReadonly } from '../dataset.js';
import type { Dataset } from '../schema/dataset.js';
import type { Event } from '../schema/event.js';
import { Cite } from './citation-js.js';
import { DATASET_AUTHOR, DATASET_TITLE } from './metadata.js';
import { recordUrl } from './record-url.js';

export interface CiteOptions {
  /**
   * The site's public address, with any base path (`https://example.org/corpus-timeline`): a
   * reference then names the event's page `${baseUrl}/events/<id>`, or the site for the dataset.
   * Without it a reference names no URL rather than a made-up one.
   */
  baseUrl?: string;
  /**
   * The day the reader retrieved the page (YYYY-MM-DD). The data carry no release date, and APA
   * asks for a retrieval date where a work has none; only used with `baseUrl`.
   */
  accessed?: string;
}

/** A CSL-JSON item (CSL 1.0.2) with the variables this dataset fills in. */
export interface CslItem {
  id: string;
  'citation-key': string;
  /**
   * A fact is a record of the dataset and typed as data too: CSL's `entry` would lose the version
   * in RIS, where only data types carry one.
   */
  type: 'dataset';
  title: string;
  /** For a fact, the dataset: its container in APA and BibLaTeX, its series in RIS (T3). */
  'container-title'?: string;
  'collection-title'?: string;
  version: string;
  author: { literal: string }[];
  abstract?: string;
  /** The source the record rests on, with the paragraphs cited. */
  note: string;
  URL?: string;
  accessed?: { 'date-parts': [[number, number, number]] };
}

export const CITE_FORMATS = ['text', 'bibtex', 'ris', 'csl'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** What each format is called where a person chooses one, and the file name it is saved under. */
export const CITE_FILES = {
  bibtex: { label: 'BibTeX', extension: 'bib', type: 'application/x-bibtex' },
  ris: { label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems' },
  csl: {
    label: 'CSL-JSON',
    extension: 'csl.json',
    type: 'application/vnd.citationstyles.csl+json',
  },
} as const satisfies Record<Exclude<CiteFormat, 'text'>, unknown>;

const paragraphList = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * Builds the CSL-JSON records that cite the dataset and each of its events. The lookups are made
 * once per dataset; every format is then produced from these records by citation-js.
 */
export function createCiter(dataset: DeepReadonly<Dataset>, options: CiteOptions = {}) {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const root = siteAddress(options.baseUrl);
  const common = {
    version: dataset.version,
    author: [{ literal: DATASET_AUTHOR }],
    ...(root !== undefined &&
      options.accessed !== undefined && { accessed: day(options.accessed) }),
  };
  const sourceNote = (paragraphsBySource: ReadonlyMap<string, readonly number[]>) => {
    const parts = [...paragraphsBySource].map(([id, paragraphs]) => {
      const title = sources.get(id)?.title ?? id;
      if (paragraphs.length === 0) return title;
      const sorted = [...new Set(paragraphs)].sort((a, b) => a - b).map(String);
      return `${title}, paragraph${sorted.length > 1 ? 's' : ''} ${paragraphList.format(sorted)}`;
    });
    return `Source${parts.length > 1 ? 's' : ''}: ${parts.join('; ')}.`;
  };

  return {
    event(event: DeepReadonly<Event>): CslItem {
      const cited = new Map<string, number[]>();
      for (const { source, paragraph } of event.citations) {
        cited.set(source, [...(cited.get(source) ?? []), paragraph]);
      }
      return {
        id: event.id,
        'citation-key': citationKey(`${dataset.name}_${event.id}`),
        type: 'dataset',
        title: event.title,
        'container-title': DATASET_TITLE,
        'collection-title': DATASET_TITLE,
        ...common,
        abstract: event.summary,
        note: sourceNote(cited),
        ...(root !== undefined && { URL: recordUrl({ kind: 'event', id: event.id }, root) }),
      };
    },
    dataset(): CslItem {
      return {
        id: dataset.name,
        'citation-key': citationKey(dataset.name),
        type: 'dataset',
        title: DATASET_TITLE,
        ...common,
        note: sourceNote(new Map(dataset.sources.map((source) => [source.id, []]))),
        ...(root !== undefined && { URL: `${root}/` }),
      };
    },
  };
}

/** One record in one format: a reference to paste (APA), BibTeX, RIS or CSL-JSON. */
export function formatCitation(item: CslItem, format: CiteFormat): string {
  const cite = new Cite(item);
  switch (format) {
    case 'text': {
      // APA leaves the note out; the source a fact rests on belongs in the reference.
      const text = cite.format('bibliography', {
        format: 'text',
        template: 'apa',
        lang: 'en-US',
        append: ` ${item.note}`,
      });
      return `${String(text).trim()}\n`;
    }
    case 'bibtex':
      // BibLaTeX's @dataset keeps the version and the dataset's title, which classic BibTeX's
      // @misc drops; classic BibTeX styles read an unknown type as @misc.
      return `${String(cite.format('biblatex')).trim()}\n`;
    case 'ris':
      return formatRis(cite.format('ris', { format: 'object' }) as RisRecord[]);
    case 'csl':
      return `${JSON.stringify([item], null, 2)}\n`;
  }
}

type RisRecord = Record<string, string | number | (string | number)[]>;

/**
 * RIS from citation-js's tag records, one tag a line. Its own text output wraps every value at 70
 * characters, which splits URLs; RIS readers join such lines with a space, breaking them.
 */
function formatRis(records: RisRecord[]): string {
  return records
    .map(({ TY, ...tags }) => {
      const lines = Object.entries(tags).flatMap(([tag, value]) =>
        [value].flat().map((part) => `${tag}  - ${String(part).replace(/\s+/g, ' ')}`),
      );
      return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\n');
    })
    .join('\n')
    .concat('\n');
}

/** The address references name, without a trailing slash; only an absolute http(s) URL. */
function siteAddress(baseUrl: string | undefined): string | undefined {
  if (baseUrl === undefined || baseUrl === '') return undefined;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`the site address must be an absolute URL, got "${baseUrl}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`the site address must be an http(s) URL, got "${baseUrl}"`);
  }
  return url.href.replace(/\/$/, '');
}

function day(text: string): { 'date-parts': [[number, number, number]] } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(`${text}T00:00:00Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new Error(`the day of access must be a calendar day YYYY-MM-DD, got "${text}"`);
  }
  return { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] };
}

/** BibTeX keys are safest as letters, digits and underscores (citation-js drops any other key). */
function citationKey(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '_');
}
