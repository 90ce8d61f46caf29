import { error, type RequestHandler } from '@sveltejs/kit';
import { formatCitation } from '@corpus/data/export';
import { CITATION_FILES, type CitationFile } from '$lib/citation-files';
import { citer, queries, timelineData } from './data';

/**
 * The prerendered route that publishes every event's reference as one kind of file a reference
 * manager imports (`/events/<id>.bib`, `.ris`, `.csl.json`): one route per kind, all alike.
 */
export function citationFileRoute(extension: CitationFile['extension']) {
  const file = CITATION_FILES.find((candidate) => candidate.extension === extension);
  if (!file) throw new Error(`no citation file has the extension "${extension}"`);
  const entries = () => timelineData.events.map(({ id }) => ({ id }));
  const GET: RequestHandler<{ id: string }> = ({ params }) => {
    const event = queries.event(params.id);
    if (!event) error(404, `There is no event “${params.id}” to cite.`);
    return new Response(formatCitation(citer.event(event), file.format), {
      headers: { 'Content-Type': `${file.type}; charset=utf-8` },
    });
  };
  return { entries, GET };
}
