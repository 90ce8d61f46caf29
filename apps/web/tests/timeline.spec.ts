import { dataset } from '@corpus/data';
import { COVERAGE, LANES, TARGETS, expect, test } from './fixtures';

test.describe('the timeline', () => {
  test('opens on the whole period with a lane per category', async ({ timeline, page }) => {
    await timeline.open();
    expect(await timeline.window()).toEqual(COVERAGE);
    const lanes = await page.locator('.timeline .vis-labelset .vis-label').allInnerTexts();
    expect(lanes).toEqual(LANES);
  });

  test('draws every event, dated and undated', async ({ timeline }) => {
    await timeline.open();
    await expect.poll(() => timeline.eventCount()).toBe(dataset.events.length);
    await timeline.showUndated();
    // Every event once, and each goal's target beside it.
    await expect(timeline.items).toHaveCount(dataset.events.length + TARGETS.length);
    for (const event of dataset.events) await expect(timeline.item(event.id)).toHaveCount(1);
  });

  test('draws day events as boxes and spans as ranges on their days', async ({ timeline }) => {
    await timeline.open();
    await expect(timeline.item('shaanxi-inspection-2020')).toHaveClass(/vis-box/);
    await expect(timeline.item('decisive-victory-symposium-2020')).toHaveClass(/vis-box/);
    await expect(timeline.item('central-work-conference-2015')).toHaveClass(/vis-range/);
    await expect(timeline.item('central-work-conference-2015')).toHaveClass(/certain/);
  });

  test('draws undated facts as faded spans that say so, never as points', async ({ timeline }) => {
    await timeline.open();
    await timeline.showUndated();
    const undated = timeline.item('taizhou-guangyuan-pairing');
    await expect(undated).toHaveClass(/vis-range/);
    await expect(undated).toHaveClass(/undated/);
    await expect(undated.locator('.item-uncertainty')).toHaveText('Not dated, by 2020');
    // The 2020 pledge is drawn by when it was made (undated, by 6 March 2020), not at its deadline.
    const pledge = timeline.item('deadline-2020');
    await expect(pledge).toHaveClass(/undated/);
    await expect(pledge.locator('.item-uncertainty')).toHaveText('Not dated, by 6 March 2020');
    // An undated fact spans the whole period it could fall in: most of the drawing area.
    const area = await timeline.centre();
    const box = await undated.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(area.box.width * 0.9);
  });

  test('shows the date and title when hovering an item', async ({ timeline, page }) => {
    await timeline.open();
    await timeline.item('shaanxi-inspection-2020').hover();
    const tooltip = page.locator('.vis-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('21 April 2020');
    await expect(tooltip).toContainText(
      'Xi inspects poverty alleviation at a tea park in Pingli County, Shaanxi',
    );
  });
});
