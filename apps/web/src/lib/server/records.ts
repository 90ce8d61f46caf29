import type { CitedRecord, Queries } from '@corpus/data';
import { recordUrl } from '@corpus/data/export';
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { RecordLink } from '$lib/types';

/** The site's root for the package's record URLs: the base path, without its trailing slash. */
const siteRoot = () => resolve('/').replace(/\/$/, '');

/**
 * Names a record a citation supports and links to where the site shows it (the same URL the
 * Web Annotation export gives as the annotation's body): an event by its title, a note, role or
 * credit line by what it belongs to.
 */
export function createRecordLinks(queries: Queries) {
  const root = siteRoot();
  const nameOf = (record: CitedRecord): string => {
    switch (record.kind) {
      case 'event':
        return queries.event(record.id)?.title ?? record.id;
      case 'place':
        return queries.place(record.id)?.name ?? record.id;
      case 'person':
        return queries.person(record.id)?.label ?? record.id;
      case 'organisation':
        return queries.organisation(record.id)?.name ?? record.id;
      case 'figure': {
        const figure = queries.figure(record.id);
        return figure ? `${figure.asWritten} ${figure.unit}` : record.id;
      }
      case 'source':
        return queries.source(record.id)?.title ?? record.id;
    }
  };
  return (record: CitedRecord): RecordLink => {
    // The package builds the URL the annotations export names, under the root resolve() gave.
    const href = recordUrl(record, root) as ResolvedPathname;
    const name = nameOf(record);
    const part = record.part;
    if (!part || part.kind === 'role') {
      const kind = record.kind === 'source' ? 'note' : record.kind;
      if (!part) return { kind, label: name, href };
      const role = queries.person(record.id)?.roles[part.index];
      return { kind: 'role', label: `${name}: ${role?.title ?? 'role'}`, href };
    }
    if (part.kind === 'credit') {
      const credit = queries.source(record.id)?.credits[part.index];
      const names = credit?.people.map((id) => queries.person(id)?.label ?? id).join(', ');
      return { kind: 'credit', label: `${credit?.role ?? 'Credit'}: ${names ?? ''}`, href };
    }
    return {
      kind: 'note',
      label: record.kind === 'source' ? 'Note on the source' : `Note on ${name}`,
      href,
    };
  };
}
