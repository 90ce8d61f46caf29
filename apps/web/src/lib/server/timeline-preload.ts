import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { building } from '$app/environment';
import { asset } from '$app/paths';
import type { Asset } from '$app/types';

/** The client manifest Vite writes for SvelteKit's build, which finishes before prerendering. */
const MANIFEST = join(
  process.env.CORPUS_KIT_DIR ?? '.svelte-kit',
  'output',
  'client',
  '.vite',
  'manifest.json',
);
/** The module that loads vis-timeline and drives it (see Timeline.svelte). */
const TIMELINE = 'src/lib/timeline/vis-driver.ts';

interface Chunk {
  file: string;
  imports?: string[];
}

/**
 * The built scripts of the timeline's lazily loaded code (vis-timeline, its driver and what they
 * import), for `<link rel="modulepreload">` in the home page's head: the browser then fetches them
 * alongside the page's own code instead of after it has run. Empty in development, where nothing
 * is bundled.
 */
export function timelinePreloads(): string[] {
  if (!building) return [];
  if (!existsSync(MANIFEST)) {
    throw new Error(`cannot preload the timeline: ${MANIFEST} is missing (run from apps/web)`);
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
  const entry = TIMELINE in manifest ? TIMELINE : undefined;
  if (!entry) throw new Error(`cannot preload the timeline: no ${TIMELINE} chunk in ${MANIFEST}`);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit(entry);
  // Built chunks are not static files, but `asset` resolves any path under the site's assets.
  return [...files].map((file) => asset(`/${file}` as Asset));
}
