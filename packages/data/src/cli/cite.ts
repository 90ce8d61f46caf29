import type { DeepReadonly } from '../dataset.js';
import { CITE_FORMATS, createCiter, formatCitation, type CiteFormat } from '../exports/cite.js';
import type { Dataset } from '../schema/dataset.js';

/** How `corpus-data --help` and its errors describe `cite`. */
export const CITE_USAGE = {
  synopsis:
    'corpus-data cite ID|--dataset [--format FORMAT] [--base-url URL] [--accessed YYYY-MM-DD] [--data FILE]',
  description: `Print a reference to the event ID, or to the whole dataset. FORMAT is one of
${CITE_FORMATS.join(', ')} (default text: APA, ready to paste). --base-url is the site's public
address, so the reference names the event's page; --accessed the day you read it (today
unless given).`,
};

export interface CiteRequest {
  args: readonly string[];
  dataset: DeepReadonly<Dataset>;
  wholeDataset: boolean | undefined;
  format: string | undefined;
  baseUrl: string | undefined;
  accessed: string | undefined;
  /** Makes the error the CLI reports as a usage mistake (exit 2). */
  usage: (message: string) => Error;
  /** Makes the error the CLI reports as something the data lacks (exit 1). */
  badData: (message: string) => Error;
  /** Says something on standard error that does not stop the command. */
  warn: (message: string) => void;
}

/** `corpus-data cite`: one event's reference, or the dataset's, in one format. */
export function cite(request: CiteRequest): string {
  const { args, dataset, usage } = request;
  const format = request.format ?? 'text';
  if (!(CITE_FORMATS as readonly string[]).includes(format)) {
    throw usage(`unknown --format "${format}"; expected one of ${CITE_FORMATS.join(', ')}`);
  }
  const [id, extra] = args;
  if (extra !== undefined) throw usage(`cite takes one event ID, got also "${extra}"`);
  if (request.wholeDataset && id !== undefined) {
    throw usage(`cite takes an event ID or --dataset, not both`);
  }
  if (!request.wholeDataset && id === undefined) {
    throw usage('cite needs an event ID or --dataset: corpus-data cite ID');
  }
  let citer: ReturnType<typeof createCiter>;
  try {
    citer = createCiter(dataset, {
      ...(request.baseUrl !== undefined && { baseUrl: request.baseUrl }),
      accessed: request.accessed ?? new Date().toISOString().slice(0, 10),
    });
  } catch (error) {
    throw usage(`${(error as Error).message} (--base-url, --accessed)`);
  }
  if (request.baseUrl === undefined) {
    request.warn('no --base-url given, so the reference names no URL');
  }
  if (id === undefined) return formatCitation(citer.dataset(), format as CiteFormat);
  const event = dataset.events.find((candidate) => candidate.id === id);
  if (!event) throw request.badData(`there is no event "${id}" in the dataset`);
  return formatCitation(citer.event(event), format as CiteFormat);
}
