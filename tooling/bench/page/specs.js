/**
 * What the comparison pages draw: the app's own item specs (apps/web src/lib/timeline/items.ts,
 * bundled in by Vite), made from the event summaries the app publishes at timeline/events.json,
 * copied beside each page as events.json. One source of items, so no page draws a different set.
 */
import { toItemSpecs } from '../../../apps/web/src/lib/timeline/items.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * @returns {Promise<{
 *   specs: ReturnType<typeof toItemSpecs>,
 *   groups: string[],
 *   window: { start: number, end: number },
 * }>}
 */
export async function loadSpecs() {
  const response = await fetch('/events.json');
  if (!response.ok) throw new Error(`events.json: HTTP ${response.status}`);
  const { events, categories, coverage } =
    /** @type {{ events: any[], categories: { id: string }[], coverage: { start: string, end: string } }} */ (
      await response.json()
    );
  const specs = toItemSpecs(events);
  const groups = categories.map((category) => category.id);
  const window = {
    start: Date.parse(`${coverage.start}T00:00:00Z`),
    end: Date.parse(`${coverage.end}T00:00:00Z`) + DAY,
  };
  return { specs, groups, window };
}
