/**
 * The baseline's items: what the app's timeline draws for each event (apps/web
 * src/lib/server/view-model.ts and src/lib/timeline/items.ts), reduced to what bare vis-timeline
 * takes. Same order, lanes, kinds and extents, so the baseline lays out the same picture and the
 * difference measured is the app's own cost, not a different drawing.
 */
import { Category, compareByDate, dayBounds, precisionOf } from '@corpus/data';

const DAY = 24 * 60 * 60 * 1000;

/** @param {string} day YYYY-MM-DD */
const midnight = (day) => Date.parse(`${day}T00:00:00Z`);

/**
 * @typedef {object} BaselineItem
 * @property {string} id
 * @property {string} content the title, put on the page as text by the baseline
 * @property {string} group the category
 * @property {'box' | 'range'} type
 * @property {number} start UTC milliseconds
 * @property {number} [end] exclusive, for ranges
 * @property {string} className
 */

/**
 * @typedef {object} BaselineData
 * @property {{ start: number, end: number }} window the whole coverage, end exclusive
 * @property {string[]} groups the categories that have events, in the schema's order
 * @property {BaselineItem[]} items
 */

/**
 * @param {import('@corpus/data').DeepReadonly<import('@corpus/data').Dataset>} dataset
 * @returns {BaselineData}
 */
export function toBaselineData(dataset) {
  const window = {
    start: midnight(dataset.coverage.start),
    end: midnight(dataset.coverage.end) + DAY,
  };
  const items = [...dataset.events].sort(compareByDate).map((event) => {
    const bounds = dayBounds(event.date);
    // Open ends are filled with the coverage, as the app does for undated facts.
    const start = midnight(bounds.from ?? dataset.coverage.start);
    const end = midnight(bounds.to ?? dataset.coverage.end) + DAY;
    const dates =
      event.date.kind === 'undated'
        ? []
        : event.date.kind === 'on'
          ? [event.date.date]
          : [event.date.start, event.date.end];
    const exactDays = dates.length > 0 && dates.every((date) => precisionOf(date) === 'day');
    /** @type {BaselineItem} */
    const item = {
      id: event.id,
      content: event.title,
      group: event.category,
      type: exactDays && end - start === DAY ? 'box' : 'range',
      start,
      className: `category-${event.category}`,
    };
    if (item.type === 'range') item.end = end;
    return item;
  });
  const used = new Set(items.map((item) => item.group));
  return { window, groups: Category.options.filter((id) => used.has(id)), items };
}
