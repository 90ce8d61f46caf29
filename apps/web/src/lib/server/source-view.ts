import type { Source } from '@corpus/data';
import type { DeepReadonly } from '@corpus/data';
import type { SourceView } from '$lib/types';
import { queries } from './data';

/** A source as the pages name it: what it is, what it records of its text, its credits. */
export function toSourceView(source: DeepReadonly<Source>): SourceView {
  return {
    id: source.id,
    title: source.title,
    titleSupplied: source.titleSupplied,
    fileName: source.fileName,
    sha256: source.text.sha256,
    length: source.text.length,
    paragraphs: source.text.paragraphs,
    machineTranslated: source.machineTranslated,
    ...(source.translatedFrom !== undefined && { translatedFrom: source.translatedFrom }),
    credits: source.credits.map((credit) => ({
      role: credit.role,
      names: credit.people.map((id) => {
        const person = queries.person(id);
        return person?.name ?? person?.label ?? id;
      }),
    })),
    notes: source.notes.map((note) => note.text),
  };
}
