import { error } from '@sveltejs/kit';
import {
  toAnnotations,
  toCsv,
  toDataPackage,
  toIcs,
  toJson,
  toJsonLd,
  toJsonSchema,
} from '@corpus/data/export';
import { DOWNLOADS, type DownloadFile } from '$lib/downloads';
import { dataset, sourceTexts } from '$lib/server/data';
import { siteRoot } from '$lib/server/records';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => DOWNLOADS.map(({ file }) => ({ file }));

const RENDER: Record<DownloadFile, () => string> = {
  'dataset.json': () => toJson(dataset),
  'events.csv': () => toCsv(dataset),
  'events.ics': () => toIcs(dataset),
  'events.jsonld': () => toJsonLd(dataset, { baseUrl: '' }),
  'schema.json': () => toJsonSchema(),
  // Quotes only when the build has the texts: the default build's file has positions alone.
  'annotations.jsonld': () => toAnnotations(dataset, { baseUrl: siteRoot(), texts: sourceTexts }),
  'datapackage.json': () => toDataPackage(dataset),
};

export const GET: RequestHandler = ({ params }) => {
  const download = DOWNLOADS.find(({ file }) => file === params.file);
  if (!download) error(404, `There is no download “${params.file}”.`);
  return new Response(RENDER[download.file](), {
    headers: { 'Content-Type': `${download.type}; charset=utf-8` },
  });
};
