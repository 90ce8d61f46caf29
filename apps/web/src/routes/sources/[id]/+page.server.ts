import { error } from '@sveltejs/kit';
import { dataset } from '$lib/server/data';
import { readerData } from '$lib/server/reader-data';
import { verifyText } from '$lib/reader/reading';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => dataset.sources.map((source) => ({ id: source.id }));

export const load: PageServerLoad = async ({ params }) => {
  const data = readerData(params.id);
  if (!data) error(404, `There is no source “${params.id}”.`);
  // The same check the browser runs again on the text in hand, here so that a page read with
  // JavaScript off still says how the citations fared.
  const built = data.text === null ? null : await verifyText(data, data.text);
  return { ...data, built };
};
