import { error } from '@sveltejs/kit';
import {
  formatCitation,
  toAnnotations,
  toCsv,
  toDataPackage,
  toIcs,
  toJson,
  toJsonLd,
  toJsonSchema,
} from '@corpus/data/export';
import { DOWNLOADS, type DownloadFile } from '$lib/downloads';
import { citer, dataset, sourceTexts } from '$lib/server/data';
import { exportBaseUrl, site } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => DOWNLOADS.map(({ file }) => ({ file }));

const RENDER: Record<DownloadFile, () => string> = {
  'dataset.json': () => toJson(dataset),
  'events.csv': () => toCsv(dataset),
  // A calendar entry's URL must be absolute, so only a known address is given.
  'events.ics': () => toIcs(dataset, site.siteUrl === undefined ? {} : { baseUrl: site.siteUrl }),
  'events.jsonld': () => toJsonLd(dataset, { baseUrl: exportBaseUrl }),
  'schema.json': () => toJsonSchema(),
  // Quotes only when the build has the texts: the default build's file has positions alone.
  'annotations.jsonld': () =>
    toAnnotations(dataset, { baseUrl: exportBaseUrl, texts: sourceTexts }),
  'datapackage.json': () => toDataPackage(dataset),
  'citation.bib': () => formatCitation(citer.dataset(), 'bibtex'),
  'citation.ris': () => formatCitation(citer.dataset(), 'ris'),
  'citation.csl.json': () => formatCitation(citer.dataset(), 'csl'),
};

export const GET: RequestHandler = ({ params }) => {
  const download = DOWNLOADS.find(({ file }) => file === params.file);
  if (!download) error(404, `There is no download “${params.file}”.`);
  return new Response(RENDER[download.file](), {
    headers: { 'Content-Type': `${download.type}; charset=utf-8` },
  });
};
