import { citationsOf } from '@corpus/data';
import type { ReaderData, RecordLink } from '$lib/types';
import { dataset, queries, sourceTexts } from './data';
import { createRecordLinks } from './records';
import { toSourceView } from './source-view';

const linkTo = createRecordLinks(queries);

/** What the reader of one source needs (see ReaderData), or undefined for an unknown source. */
export function readerData(id: string): ReaderData | undefined {
  const source = queries.source(id);
  if (!source) return undefined;
  const records: RecordLink[] = [];
  const recordIndex = new Map<string, number>();
  const citations: ReaderData['citations'] = [];
  for (const { citation, record } of citationsOf(dataset)) {
    if (citation.source !== id) continue;
    const link = linkTo(record);
    const key = `${link.kind} ${link.href} ${link.label}`;
    let index = recordIndex.get(key);
    if (index === undefined) {
      index = records.push(link) - 1;
      recordIndex.set(key, index);
    }
    const { paragraph, start, end, terms } = citation;
    citations.push({ paragraph, start, end, terms: [...terms], record: index });
  }
  return {
    source: toSourceView(source),
    records,
    citations,
    text: sourceTexts.get(id) ?? null,
  };
}
