import { error } from '@sveltejs/kit';
import { isRecordKind, RECORD_KINDS } from '$lib/record-kinds';
import { recordEntries } from '$lib/server/record-entries';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => Object.keys(RECORD_KINDS).map((kind) => ({ kind }));

export const load: PageServerLoad = ({ params }) => {
  if (!isRecordKind(params.kind)) error(404, `There is no list of “${params.kind}”.`);
  return {
    kind: params.kind,
    title: RECORD_KINDS[params.kind],
    records: recordEntries(params.kind),
  };
};
