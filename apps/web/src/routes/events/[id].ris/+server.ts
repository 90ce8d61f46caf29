import { citationFileRoute } from '$lib/server/citation-file';

export const prerender = true;
export const { entries, GET } = citationFileRoute('ris');
