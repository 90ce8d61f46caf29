import type { Page } from '@playwright/test';
import {
  DATED as dated,
  TARGETS,
  UNDATED_BANDS,
  expect,
  holdTimeline,
  openBeforeTakeover,
  test,
} from './fixtures';

/** Every drawn item's box (events, bands of undated facts, goals' targets), by id, in either drawing. */
function boxes(page: Page, scope: '.timeline-picture' | '.timeline') {
  return page.evaluate((scope) => {
    const found: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const element of document.querySelectorAll(
      `${scope} :is([data-timeline-item], [data-timeline-band], [data-timeline-target])`,
    )) {
      const { x, y, width, height } = element.getBoundingClientRect();
      const target = element.getAttribute('data-timeline-target');
      const id =
        element.getAttribute('data-timeline-item') ??
        element.getAttribute('data-timeline-band') ??
        `target:${target}`;
      found[id] = { x, y, width, height };
    }
    return found;
  }, scope);
}

/** Layout shift from now on, as CLS counts it (shifts right after input are not counted). */
async function watchLayoutShift(page: Page) {
  await page.evaluate(() => {
    const state = window as unknown as { __shift: number };
    state.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) state.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift' });
  });
  return () => page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

/**
 * The timeline stage's height after every change inside it from now on. A change of height moves
 * all below it; read on each mutation, it shows even a state the browser never paints.
 */
async function watchStageHeight(page: Page) {
  await page.evaluate(() => {
    const state = window as unknown as { __heights: number[] };
    const stage = document.querySelector('.timeline-stage');
    if (!stage) throw new Error('no .timeline-stage on the page');
    state.__heights = [];
    new MutationObserver(() => state.__heights.push(stage.getBoundingClientRect().height)).observe(
      stage,
      { attributes: true, childList: true, subtree: true },
    );
  });
  return () => page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
}

test.describe('the timeline before vis-timeline @phone', () => {
  test('the picture is on screen before vis-timeline loads, and selects in place', async ({
    page,
    timeline,
  }) => {
    const release = await holdTimeline(page);
    await openBeforeTakeover(page, '/');
    const picture = page.locator('.timeline-picture');
    await expect(picture).toBeVisible();
    await expect(timeline.frame).not.toHaveAttribute('data-status', 'ready');
    for (const event of dated) {
      await expect(timeline.pictureItem(event.id), event.id).toHaveCount(1);
    }
    await expect(page.locator('.timeline-picture [data-timeline-band]')).toHaveCount(
      UNDATED_BANDS.length,
    );
    await timeline.pictureItem('shaanxi-inspection-2020').click();
    await expect(timeline.details).toBeVisible();
    await expect(timeline.details).toContainText('21 April 2020');
    await expect(timeline.pictureItem('shaanxi-inspection-2020')).toHaveClass(/selected/);
    await expect(page).toHaveURL(/event=shaanxi-inspection-2020/);
    await expect(timeline.frame).not.toHaveAttribute('data-status', 'ready');
    release();
    await timeline.ready();
    await expect(timeline.item('shaanxi-inspection-2020')).toHaveClass(/vis-selected/);
  });

  test('vis-timeline takes over with every item where the picture drew it, without a shift', async ({
    page,
    timeline,
  }) => {
    const release = await holdTimeline(page);
    await openBeforeTakeover(page, '/');
    await expect(page.locator('.timeline-picture')).toBeVisible();
    await expect(timeline.frame).toHaveAttribute('data-status', /picture|loading/);
    const before = await boxes(page, '.timeline-picture');
    // The dated events, the lanes' bands of undated facts and the goals' targets.
    expect(Object.keys(before)).toHaveLength(dated.length + UNDATED_BANDS.length + TARGETS.length);
    const names = (scope: string) =>
      page
        .locator(`${scope} .lane-label`)
        .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().top));
    const namesBefore = await names('.timeline-picture');
    const shift = await watchLayoutShift(page);
    const stageHeight = await page
      .locator('.timeline-stage')
      .evaluate((stage) => stage.clientHeight);
    const heights = await watchStageHeight(page);
    release();
    await timeline.ready();
    await expect(page.locator('.timeline-picture')).toBeHidden();
    // vis-timeline builds its drawing unseen and out of the flow: the stage never changes height.
    const seen = await heights();
    expect(seen.length, 'vis-timeline drew inside the stage').toBeGreaterThan(0);
    expect(seen.filter((height) => Math.abs(height - stageHeight) > 1)).toEqual([]);
    const after = await boxes(page, '.timeline');
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [id, box] of Object.entries(before)) {
      const moved = after[id];
      if (!moved) throw new Error(`${id} is not drawn after the takeover`);
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(moved[key] - box[key]), `${id} ${key}`).toBeLessThanOrEqual(1);
      }
    }
    // The lanes' names stay level with their rows too.
    const namesAfter = await names('.timeline .vis-labelset');
    expect(namesAfter).toHaveLength(namesBefore.length);
    namesAfter.forEach((top, index) => {
      expect(Math.abs(top - (namesBefore[index] ?? 0)), `lane ${index}`).toBeLessThanOrEqual(1);
    });
    expect(await shift()).toBeLessThanOrEqual(0.02);
  });

  test('marks a goal’s target apart from its date, and choosing it chooses the event', async ({
    page,
    timeline,
  }) => {
    expect(TARGETS.map((event) => event.id)).toContain('deadline-2020');
    const release = await holdTimeline(page);
    await openBeforeTakeover(page, '/');
    const marker = page.locator('.timeline-picture [data-timeline-target="deadline-2020"]');
    // A link to its event whose name says it is a deadline, not when the event happened.
    await expect(marker).toHaveAccessibleName(
      /^Target: by 2020, the deadline of “Pledge that every rural poor person.*”, not a date of the event$/,
    );
    await expect(marker).toHaveAttribute('href', /\/events\/deadline-2020$/);
    const pole = await marker.boundingBox();
    const year2020 = await page
      .locator('.timeline-picture .tick')
      .filter({ hasText: /^2020$/ })
      .boundingBox();
    if (!pole || !year2020) throw new Error('the target or the 2020 tick is not drawn');
    expect(Math.abs(pole.x - year2020.x)).toBeLessThanOrEqual(2);
    release();
    await timeline.ready();
    const drawn = page.locator('.timeline .vis-item[data-timeline-target="deadline-2020"]');
    await expect(drawn).toHaveClass(/target/);
    await drawn.click({ position: { x: 20, y: 8 } });
    await expect(page).toHaveURL(/event=deadline-2020/);
    await expect(timeline.details).toContainText('Target: by 2020');
    await expect(timeline.announcer).toContainText('Target: by 2020.');
    await expect(drawn).toHaveClass(/vis-selected/);
  });

  test('draws the window of the URL', async ({ page, timeline }) => {
    const release = await holdTimeline(page);
    await openBeforeTakeover(page, '/?from=2019-07-01&to=2020-06-30');
    const picture = page.locator('.timeline-picture');
    await expect(timeline.frame).toHaveAttribute('data-window-start', '2019-07-01T00:00:00.000Z');
    await expect(picture.locator('.tick', { hasText: '2020' })).toBeVisible();
    await expect(timeline.pictureItem('central-work-conference-2015')).toHaveCount(0);
    const area = await picture.locator('.lane-items').first().boundingBox();
    const symposium = await timeline.pictureItem('decisive-victory-symposium-2020').boundingBox();
    if (!area || !symposium) throw new Error('the picture has no drawing area or symposium');
    // 6 March 2020 lies 249 days into the 366-day window; its label may hang either side.
    const day = area.x + (area.width * 249) / 366;
    const edge = Math.abs(symposium.x - day) < 2 ? symposium.x : symposium.x + symposium.width;
    expect(Math.abs(edge - day)).toBeLessThan(2);
    release();
    await timeline.ready();
    expect(await timeline.window()).toEqual({
      start: Date.UTC(2019, 6, 1),
      end: Date.UTC(2020, 6, 1),
    });
  });
});
