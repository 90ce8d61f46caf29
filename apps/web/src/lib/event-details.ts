import { preloadData } from '$app/navigation';
import { links } from './links';
import type { EventView } from './types';

/** Details already loaded, so going back to an event shows it at once. */
const loaded = new Map<string, EventView>();

/**
 * One event's details, read from its prerendered page's data (SvelteKit's shallow-routing way),
 * so the home page carries only summaries however large the dataset grows.
 */
export async function loadEventDetails(id: string): Promise<EventView> {
  const cached = loaded.get(id);
  if (cached) return cached;
  const result = await preloadData(links.event(id));
  const event: unknown = result.type === 'loaded' ? result.data.event : undefined;
  if (result.type !== 'loaded' || result.status !== 200 || !isEventOf(event, id)) {
    throw new Error(`the details of "${id}" could not be loaded from ${links.event(id)}`);
  }
  loaded.set(id, event);
  return event;
}

function isEventOf(value: unknown, id: string): value is EventView {
  return typeof value === 'object' && value !== null && (value as { id?: unknown }).id === id;
}
