import { CITATION_FILES, type CitationFile } from './citation-files';

function citationDownload<F extends CitationFile>(file: F) {
  return {
    file: `citation.${file.extension}` as `citation.${F['extension']}`,
    label: `A reference to the whole dataset (${file.label})`,
    type: file.type,
  };
}

/** The data files the site publishes beside its pages, all under /data/. */
export const DOWNLOADS = [
  { file: 'dataset.json', label: 'The whole dataset (JSON)', type: 'application/json' },
  { file: 'events.csv', label: 'Events, one row each (CSV, RFC 4180)', type: 'text/csv' },
  {
    file: 'events.ics',
    label: 'Dated events as a calendar (iCalendar, RFC 5545)',
    type: 'text/calendar',
  },
  { file: 'events.jsonld', label: 'Events as schema.org JSON-LD', type: 'application/ld+json' },
  { file: 'schema.json', label: 'JSON Schema of the dataset', type: 'application/schema+json' },
  {
    file: 'annotations.jsonld',
    label: 'Every citation as a W3C Web Annotation (JSON-LD)',
    type: 'application/ld+json',
  },
  {
    file: 'datapackage.json',
    label: 'Frictionless data package descriptor',
    type: 'application/json',
  },
  ...CITATION_FILES.map(citationDownload),
] as const;

export type DownloadFile = (typeof DOWNLOADS)[number]['file'];
