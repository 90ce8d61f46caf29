import type { CiteFormat } from '@corpus/data/export';

/**
 * The formats a reference can be downloaded in: an event's beside its page
 * (`/events/<id>.bib`, one route per format in src/routes/events/), the dataset's among the
 * downloads (`/data/citation.bib`).
 */
export const CITATION_FILES = [
  { format: 'bibtex', extension: 'bib', label: 'BibTeX', type: 'application/x-bibtex' },
  { format: 'ris', extension: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
  {
    format: 'csl',
    extension: 'csl.json',
    label: 'CSL-JSON',
    type: 'application/vnd.citationstyles.csl+json',
  },
] as const satisfies readonly {
  format: Exclude<CiteFormat, 'text'>;
  extension: string;
  label: string;
  type: string;
}[];

export type CitationFile = (typeof CITATION_FILES)[number];
