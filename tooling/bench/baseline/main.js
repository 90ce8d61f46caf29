/**
 * The page benchmark's baseline: vis-timeline drawing the same items over the whole period, and
 * nothing else. Its items come from the app's own item specs (apps/web src/lib/timeline/items.ts,
 * bundled in by Vite) made from the summaries the app publishes, and the draw options that change
 * the picture (lanes, axis on top, margins, the period as the limits) are vis-timeline's defaults
 * the app starts from, so the difference measured is the app's own cost.
 */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { loadSpecs } from '../page/specs.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Titles go on the page as text: vis-timeline takes an Element as content, and a string would be
 * parsed as HTML (and run through its sanitizer, a cost the app does not pay either).
 * @param {string} value
 */
function text(value) {
  const span = document.createElement('span');
  span.textContent = value;
  return span;
}

const container = /** @type {HTMLElement} */ (document.getElementById('timeline'));

loadSpecs()
  .then(({ specs, groups, window }) => {
    const items = new DataSet(
      specs.map((spec) => ({
        id: spec.id,
        group: spec.group,
        type: spec.type,
        start: spec.start,
        ...(spec.end !== undefined && { end: spec.end }),
        className: spec.className,
        content: text(spec.title),
      })),
    );
    const lanes = new DataSet(groups.map((id, order) => ({ id, content: text(id), order })));
    const timeline = new Timeline(
      container,
      /** @type {never} */ (items),
      /** @type {never} */ (lanes),
      {
        start: window.start,
        end: window.end,
        min: window.start,
        max: window.end,
        zoomMin: 7 * DAY,
        zoomMax: window.end - window.start,
        orientation: { axis: 'top', item: 'top' },
        stack: true,
        showCurrentTime: false,
        groupOrder: 'order',
        margin: { item: { horizontal: 2, vertical: 6 } },
      },
    );
    // Ready once the first redraw with the items is done, as the app's data-status says.
    timeline.on('changed', () => {
      container.dataset.status = 'ready';
    });
    // The window on screen, published like the app's, so the benchmark can check both zoomed alike.
    /** @param {{ start: Date, end: Date }} shown */
    const publish = ({ start, end }) => {
      container.dataset.windowStart = start.toISOString();
      container.dataset.windowEnd = end.toISOString();
    };
    publish(timeline.getWindow());
    timeline.on('rangechanged', publish);
  })
  .catch((/** @type {unknown} */ error) => {
    container.dataset.status = 'failed';
    console.error('The baseline timeline failed:', error);
  });
