/**
 * What the page benchmark injects into each page before its own scripts run (Playwright's
 * addInitScript serialises the function, so it must use nothing from outside itself). It records,
 * on the page's own clock (milliseconds since navigation started, like paint timings):
 * - `inDom`: when the first item (an element of `itemClass`) exists;
 * - `visible`: when one is first on screen, checked on every DOM change and every animation frame
 *   (a stylesheet arriving changes what shows without a DOM change);
 * and it can record animation-frame times while the benchmark drags the timeline.
 */
export function instrument(/** @type {string} */ itemClass) {
  /** Checking every item of 10,000 on each change would itself slow the page: the first few do. */
  const CHECKED_ITEMS = 200;
  const items = document.getElementsByClassName(itemClass);
  /** @type {(value: number) => void} */
  let markInDom = () => undefined;
  /** @type {(value: number) => void} */
  let markVisible = () => undefined;
  const state = {
    /** @type {number | null} */ inDom: null,
    /** @type {number | null} */ visible: null,
    /** Resolve with the times above, so the benchmark waits without polling the page. */
    inDomPromise: new Promise((resolve) => (markInDom = resolve)),
    visiblePromise: new Promise((resolve) => (markVisible = resolve)),
    /** @type {number[]} animation-frame timestamps while recording */
    frames: [],
    recording: false,
    /** @type {{ time: number, value: number }[]} layout shifts (CLS counts those without input) */
    shifts: [],
  };
  new PerformanceObserver((list) => {
    for (const entry of /** @type {(PerformanceEntry & { value: number, hadRecentInput: boolean })[]} */ (
      list.getEntries()
    )) {
      if (!entry.hadRecentInput) state.shifts.push({ time: entry.startTime, value: entry.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  /** On screen: drawn (not hidden by CSS), of some size, and inside the viewport and its panel. */
  const onScreen = (/** @type {Element} */ element) => {
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const rect = element.getBoundingClientRect();
    const panel = element.closest('.vis-panel')?.getBoundingClientRect();
    const left = Math.max(rect.left, 0, panel?.left ?? 0);
    const top = Math.max(rect.top, 0, panel?.top ?? 0);
    const right = Math.min(rect.right, innerWidth, panel?.right ?? Infinity);
    const bottom = Math.min(rect.bottom, innerHeight, panel?.bottom ?? Infinity);
    return rect.width > 0 && rect.height > 0 && right > left && bottom > top;
  };

  const check = () => {
    if (state.visible !== null || items.length === 0) return;
    const now = performance.now();
    if (state.inDom === null) {
      state.inDom = now;
      markInDom(now);
    }
    const count = Math.min(items.length, CHECKED_ITEMS);
    for (let i = 0; i < count; i++) {
      const item = items[i];
      if (item && onScreen(item)) {
        state.visible = now;
        markVisible(now);
        observer.disconnect();
        return;
      }
    }
  };

  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  const everyFrame = () => {
    check();
    if (state.visible === null) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);

  const recordFrame = (/** @type {number} */ time) => {
    if (!state.recording) return;
    state.frames.push(time);
    requestAnimationFrame(recordFrame);
  };
  Object.assign(window, {
    __bench: {
      state,
      startFrames() {
        state.frames = [];
        state.recording = true;
        requestAnimationFrame(recordFrame);
      },
      /** The times between consecutive frames while recording. */
      stopFrames() {
        state.recording = false;
        return state.frames
          .slice(1)
          .map((time, i) => time - /** @type {number} */ (state.frames[i]));
      },
    },
  });
}
