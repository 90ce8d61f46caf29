/**
 * The page benchmark's other comparison: TimelineJS3 drawing the same items (the app's item specs,
 * see page/specs.js), one event slide each, with its navigation of markers. Served locally: its
 * scripts from this site (script_path), no web fonts (font: null), so no request leaves it.
 */
import { loadSpecs } from '../page/specs.js';

const DAY = 24 * 60 * 60 * 1000;
const container = /** @type {HTMLElement} */ (document.getElementById('timeline'));

/** @param {number} time */
const ymd = (time) => {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

loadSpecs()
  .then(({ specs }) => {
    const events = specs.map((spec) => ({
      unique_id: spec.id,
      start_date: ymd(spec.start),
      ...(spec.end !== undefined && { end_date: ymd(spec.end - DAY) }),
      text: { headline: spec.title },
      group: spec.group,
    }));
    const TL = /** @type {any} */ (window).TL;
    const timeline = new TL.Timeline(
      container,
      { events },
      {
        script_path: '/tl/js/',
        font: null,
        theme: null,
        hash_bookmark: false,
        timenav_position: 'top',
      },
    );
    timeline.on('loaded', () => {
      container.dataset.status = 'ready';
    });
  })
  .catch((/** @type {unknown} */ error) => {
    container.dataset.status = 'failed';
    console.error('The TimelineJS3 page failed:', error);
  });
