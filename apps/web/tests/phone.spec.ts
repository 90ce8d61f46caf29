import type { CDPSession } from '@playwright/test';
import { COVERAGE, expect, test } from './fixtures';

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
