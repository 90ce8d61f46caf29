import type { Page } from '@playwright/test';
import { dataset } from '@corpus/data';
import {
  DATED as dated,
  TARGETS,
  UNDATED as undated,
  UNDATED_BANDS,
  expect,
  test,
} from './fixtures';

/**
 * What the first screen shows of the timeline: how many rows are on screen, and what share of
 * the drawing area the undated facts (their bands, or their spans one by one) take up.
 */
function measureTimeline(page: Page) {
  return page.evaluate(() => {
    const area = document.querySelector('.timeline .vis-panel.vis-center');
    if (!area) throw new Error('no drawing area');
    const box = area.getBoundingClientRect();
    const visible = Math.max(0, Math.min(box.bottom, innerHeight) - box.top);
    const share = [...document.querySelectorAll('.timeline .timeline-item.undated')]
      .map((item) => item.getBoundingClientRect())
      .reduce((sum, rect) => {
        const width = Math.max(0, Math.min(rect.right, box.right) - Math.max(rect.left, box.left));
        const height = Math.max(0, Math.min(rect.bottom, innerHeight) - rect.top);
        return sum + width * height;
      }, 0);
    // A row on screen: a distinct top among the items of a lane that are in the viewport.
    const rows = [...document.querySelectorAll('.timeline .vis-foreground .vis-group')].reduce(
      (sum, group) => {
        const tops = new Set(
          [...group.querySelectorAll('.timeline-item')]
            .map((item) => item.getBoundingClientRect())
            .filter((rect) => rect.bottom <= innerHeight)
            .map((rect) => Math.round(rect.top)),
        );
        return sum + tops.size;
      },
      0,
    );
    return { rows, undatedShare: share / (box.width * visible) };
  });
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test.describe(`the first screen at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('shows the axis and every dated item, and the undated facts stop dominating', async ({
      timeline,
      page,
    }, testInfo) => {
      await timeline.open();
      const axis = page.locator('.timeline .vis-panel.vis-top');
      // vis-timeline's axis runs 1 px past the frame (see timeline.css): the rest is on screen.
      await expect(axis).toBeInViewport({ ratio: 0.99 });
      for (const event of dated) {
        await expect(timeline.item(event.id), event.id).toBeInViewport({ ratio: 0.99 });
      }
      const gathered = await measureTimeline(page);
      await timeline.showUndated();
      const oneByOne = await measureTimeline(page);
      testInfo.annotations.push({
        type: 'measured',
        description: `rows on screen: ${gathered.rows} in bands, ${oneByOne.rows} one by one; share of the drawing area taken by undated facts: ${(gathered.undatedShare * 100).toFixed(0)}% in bands, ${(oneByOne.undatedShare * 100).toFixed(0)}% one by one`,
      });
      console.log(
        `${viewport.width}×${viewport.height}: ${testInfo.annotations.at(-1)?.description}`,
      );
      // Well below half (81% when every undated fact had a full-width row of its own). 0.2.0's
      // undated facts fall into eight bands, where 0.1.0's fell into six.
      expect(gathered.undatedShare).toBeLessThan(0.4);
      expect(oneByOne.undatedShare).toBeGreaterThan(gathered.undatedShare);
    });
  });
}

test.describe('undated facts', () => {
  test('each lane gathers them in one band that says how many and when', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    const band = page.locator('.timeline [data-timeline-band]', {
      hasText: '5 facts, not dated, by 2020',
    });
    await expect(band).toHaveCount(1);
    await expect(band).toHaveAttribute('data-count', '5');
    // Bounded at both ends is not "by 2020": the letters' band says so and starts on its day.
    const letters = page.locator('.timeline [data-timeline-band]', {
      hasText: '1 fact, not dated, between 27 November 2015 and 6 March 2020',
    });
    await expect(letters).toHaveCount(1);
    await expect(letters).not.toHaveClass(/open-start/);
    // A period with no earliest day may have begun before 2015, and is drawn without a start.
    await expect(band).toHaveClass(/open-start/);
    expect(await band.evaluate((element) => getComputedStyle(element).borderLeftStyle)).toBe(
      'none',
    );
    const total = await page
      .locator('.timeline [data-timeline-band]')
      .evaluateAll((bands) => bands.reduce((sum, b) => sum + Number(b.dataset.count), 0));
    expect(total).toBe(undated.length);
  });

  test('a click opens a band to show its facts one by one, and says so', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    await page
      .locator('.timeline [data-timeline-band]', { hasText: '5 facts, not dated, by 2020' })
      .click();
    await expect(timeline.announcer).toHaveText(
      'First secretaries: 5 facts, not dated, by 2020, now shown one by one.',
    );
    for (const id of [
      'first-secretaries-emphasis',
      'first-secretary-gao-shiping',
      'first-secretary-qi-zhigang',
      'first-secretary-yang-fulei',
      'first-secretary-zhang-jinli',
    ]) {
      await expect(timeline.item(id)).toBeVisible();
    }
    // The other lanes keep their bands.
    await expect(page.locator('.timeline [data-timeline-band]')).toHaveCount(
      UNDATED_BANDS.filter((band) => band.lane !== 'first-secretaries').length,
    );
  });

  test('the keyboard opens and gathers them all, and the walk reaches them in date order', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    const toggle = page.getByRole('button', { name: 'Undated facts one by one' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(timeline.announcer).toHaveText(
      `${undated.length} undated facts shown one by one.`,
    );
    // Every event, and each goal's target beside it.
    await expect(timeline.items).toHaveCount(dataset.events.length + TARGETS.length);
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(timeline.announcer).toHaveText(
      `${undated.length} undated facts gathered in one band per lane.`,
    );
    await expect(page.locator('.timeline [data-timeline-band]')).toHaveCount(UNDATED_BANDS.length);
    // The last event in date order is undated: walking to it brings it out of its band.
    await timeline.frame.focus();
    await page.keyboard.press('End');
    await expect(timeline.announcer).toContainText(`Event ${dataset.events.length} of`);
    const url = new URL(page.url());
    const last = url.searchParams.get('event') ?? '';
    expect(undated.map((event) => event.id)).toContain(last);
    await expect(timeline.item(last)).toHaveClass(/vis-selected/);
  });
});

test.describe('the legend', () => {
  test('says what each look means, and the looks differ', async ({ timeline, page }) => {
    await timeline.open();
    const legend = page.getByRole('list', { name: 'How dates are drawn' });
    await expect(legend).toBeVisible();
    const entries = (await legend.locator('li').allTextContents()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    expect(entries).toEqual([
      'Known to the day',
      'to the month',
      'to the year',
      'Not dated: a band of the facts a lane holds, over the period they could fall in (click to show them one by one)',
      'may have begun before 2015',
      "Target: a goal's deadline, not the event's date",
    ]);
    const looks = await legend.locator('.swatch').evaluateAll((swatches) =>
      swatches.map((swatch) => {
        const style = getComputedStyle(swatch);
        // Dashes and dots are drawn as the border's image (see timeline.css).
        return `${style.borderTopStyle} ${style.borderImageSource} ${style.backgroundImage === 'none' ? style.backgroundColor : 'striped'} ${style.maskImage}`;
      }),
    );
    expect(new Set(looks).size).toBe(looks.length);
  });
});
