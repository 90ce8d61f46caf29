import type { CDPSession } from '@playwright/test';
import { COVERAGE, DATED, UNDATED_BANDS, expect, test } from './fixtures';

/** Sends a touch gesture through the DevTools protocol, as a finger (or two) would. */
async function touch(cdp: CDPSession, steps: { x: number; y: number }[][]) {
  const [first, ...rest] = steps;
  if (!first) return;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: first });
  for (const points of rest) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('on a phone @phone-only', () => {
  test.skip(({ isMobile }) => !isMobile, 'runs in the phone project only');
  test.use({ viewport: { width: 390, height: 844 } });

  test('the timeline takes the full width and names every lane whole, above its rows', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    const frame = await timeline.frame.boundingBox();
    expect(frame?.x).toBe(0);
    expect(frame?.width).toBe(390);
    const heads = page.locator('.timeline .vis-item.lane-head');
    await expect(heads).toHaveCount(8);
    for (const head of await heads.all()) {
      const text = await head.textContent();
      // One line each, nothing cut: no name is broken inside a word or hidden.
      const fits = await head.evaluate((element) => {
        const content = element.querySelector('.vis-item-content') ?? element;
        const lines = new Set(
          [...content.getClientRects()].map((rect) => Math.round(rect.top)).filter(Boolean),
        ).size;
        const box = content.getBoundingClientRect();
        return { lines, right: box.right, height: box.height };
      });
      expect(fits.lines, `${text} is on one line`).toBe(1);
      expect(fits.right, `${text} fits on the screen`).toBeLessThanOrEqual(390);
    }
    // The lane names head their rows: the label column is only a colour strip.
    const labels = await page.locator('.timeline .vis-panel.vis-left').boundingBox();
    expect(labels?.width ?? 0).toBeLessThanOrEqual(4);
  });

  test('every item is a target of at least 24 px, and tapping one shows its title', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    const targets = await page
      .locator('.timeline :is([data-timeline-item], [data-timeline-band])')
      .evaluateAll((items) =>
        items.map((item) => {
          // A short span's label runs on past its bar and is part of what a finger can tap.
          const boxes = [item, ...item.querySelectorAll('.item-content')].map((element) =>
            element.getBoundingClientRect(),
          );
          const left = Math.min(...boxes.map((box) => box.left));
          const right = Math.max(...boxes.map((box) => box.right));
          return {
            id: item.getAttribute('data-timeline-item') ?? item.getAttribute('data-timeline-band'),
            width: right - left,
            height: item.getBoundingClientRect().height,
          };
        }),
      );
    // The dated events and the lanes' bands of undated facts.
    expect(targets.length).toBe(DATED.length + UNDATED_BANDS.length);
    for (const target of targets) {
      expect(target.height, `${target.id} height`).toBeGreaterThanOrEqual(24);
      expect(target.width, `${target.id} width`).toBeGreaterThanOrEqual(24);
    }
    for (const id of ['decisive-victory-symposium-2020', 'shaanxi-inspection-2020']) {
      const title = await timeline.listEntry(id).locator('.title').textContent();
      await timeline.item(id).tap();
      await expect(timeline.details.getByRole('heading', { level: 2 })).toHaveText(title ?? '');
    }
  });

  test('the layout fits the screen and the list follows the timeline', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(timeline.items.first()).toBeVisible();
    await timeline.listEntry('shaanxi-inspection-2020').getByRole('link').tap();
    await expect(timeline.details).toBeVisible();
    await expect(timeline.details).toBeInViewport();
  });

  test('touch pans and pinch zooms, inside 2015–2020', async ({ timeline, page }) => {
    await timeline.open('?from=2017-01-01&to=2017-12-31');
    const cdp = await page.context().newCDPSession(page);
    const { x, y, box } = await timeline.centre();
    const before = await timeline.window();
    const pan = Array.from({ length: 10 }, (_, i) => [{ x: x - 60 + i * 15, y }]);
    await touch(cdp, pan);
    await timeline.windowSettled();
    const panned = await timeline.window();
    expect(panned.start).toBeLessThan(before.start);

    const pinchOut = Array.from({ length: 10 }, (_, i) => [
      { x: x - 80 + i * 7, y, id: 0 },
      { x: x + 80 - i * 7, y, id: 1 },
    ]);
    for (let i = 0; i < 6; i++) await touch(cdp, pinchOut);
    await timeline.windowSettled();
    const pinched = await timeline.window();
    expect(pinched.end - pinched.start).toBeGreaterThan(panned.end - panned.start);
    expect(pinched.start).toBeGreaterThanOrEqual(COVERAGE.start);
    expect(pinched.end).toBeLessThanOrEqual(COVERAGE.end);
    expect(box.width).toBeLessThan(500);
  });
});
