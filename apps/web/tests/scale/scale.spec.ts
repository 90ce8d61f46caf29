import { axeViolations, ITEM, expect, test } from '../fixtures';
import { SCALE_EVENTS } from './size.js';

const AGGREGATE = '.timeline .vis-item.aggregate';

test.describe(`${SCALE_EVENTS} events`, () => {
  test('the timeline counts events where too many share the view and opens a count by zooming in', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    const counts = page.locator(AGGREGATE);
    await expect(counts.first()).toBeVisible();
    // Every event is drawn or counted: the counts and the drawn events add up to the dataset.
    const texts = await counts.allTextContents();
    expect(texts.every((text) => /^\d[\d,]*$/.test(text))).toBe(true);
    const numbers = texts.map((text) => Number(text.replace(/\D/g, '')));
    const drawn = await page.locator(`.timeline ${ITEM}[data-timeline-item]`).count();
    // Undated facts are gathered in a band per lane, which says how many it holds.
    const gathered = await page
      .locator('.timeline [data-timeline-band]')
      .evaluateAll((bands) => bands.reduce((sum, band) => sum + Number(band.dataset.count), 0));
    expect(gathered).toBeGreaterThan(0);
    expect(numbers.reduce((sum, n) => sum + n, 0) + drawn + gathered).toBe(SCALE_EVENTS);

    const before = await timeline.window();
    await counts.first().click();
    await timeline.windowSettled();
    const after = await timeline.window();
    expect(after.end - after.start).toBeLessThan((before.end - before.start) / 4);
  });

  test('the list shows a hundred events a page and turns pages both ways in place', async ({
    timeline,
    page,
  }) => {
    await timeline.open('?q=synthetic');
    const entries = timeline.list.locator('li');
    await expect(entries).toHaveCount(100);
    const status = page.getByRole('navigation', { name: 'Pages of the list, top' });
    await expect(status).toContainText(`Events 1–100 of ${SCALE_EVENTS} (page 1 of 6)`);
    await expect(status.getByRole('link', { name: '← Earlier' })).toHaveCount(0);
    const firstOnPageOne = await entries.first().getAttribute('data-id');
    await status.getByRole('link', { name: 'Later →' }).click();
    await expect(status).toContainText(`Events 101–200 of ${SCALE_EVENTS} (page 2 of 6)`);
    await expect(entries).toHaveCount(100);
    await expect(timeline.list).toHaveAttribute('start', '101');
    // Turned in place: still the home page, with its search.
    await expect(page).toHaveURL(/\/\?q=synthetic$/);
    await status.getByRole('link', { name: '← Earlier' }).click();
    await expect(entries.first()).toHaveAttribute('data-id', firstOnPageOne ?? 'missing');
    await expect(status.getByRole('link', { name: '← Earlier' })).toHaveCount(0);
  });

  test('an event from the URL on a later page opens with its details, list entry and item', async ({
    timeline,
    page,
  }) => {
    // The list runs in date order, so the last page holds the latest events.
    await timeline.open();
    const pager = page.getByRole('navigation', { name: 'Pages of the list, top' });
    await pager.getByRole('link', { name: 'Later →' }).click();
    await expect(pager).toContainText('page 2 of 6');
    // The pointer now rests on the link to page 3, which SvelteKit preloads: let that finish, or
    // the navigation below aborts it and the abort is reported as a problem.
    await page.mouse.move(0, 0);
    await page.waitForLoadState('networkidle');
    const id = await timeline.list.locator('li').nth(50).getAttribute('data-id');
    if (!id) throw new Error('no event on page 2');

    await timeline.open(`?event=${id}`);
    await expect(timeline.details).toBeVisible();
    await expect(timeline.details.getByRole('heading', { level: 2 })).toHaveText(
      `Synthetic event ${id.replace('event-', '')}`,
    );
    await expect(timeline.details).toContainText('Sources');
    await expect(timeline.listEntry(id)).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('navigation', { name: 'Pages of the list, top' })).toContainText(
      'page 2 of 6',
    );
    await expect(timeline.item(id)).toHaveClass(/vis-selected/);
  });

  test('the keyboard walks past the end of a page and the list follows', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    const hundredth = await timeline.list.locator('li').nth(99).getAttribute('data-id');
    await timeline
      .listEntry(hundredth ?? 'missing')
      .getByRole('link')
      .click();
    await expect(timeline.details).toBeVisible();
    await timeline.frame.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('navigation', { name: 'Pages of the list, top' })).toContainText(
      'page 2 of 6',
    );
    await expect(timeline.list.locator('li').first()).toHaveAttribute('aria-current', 'true');
  });

  test('a middle page of the list links both ways and passes axe', async ({ page }) => {
    await page.goto('/list/3');
    const pager = page.getByRole('navigation', { name: 'Pages of the list, bottom' });
    await expect(pager).toContainText(`Events 201–300 of ${SCALE_EVENTS} (page 3 of 6)`);
    await expect(pager.getByRole('link', { name: '← Earlier' })).toHaveAttribute('href', '/list/2');
    await expect(pager.getByRole('link', { name: 'Later →' })).toHaveAttribute('href', '/list/4');
    expect(await axeViolations(page)).toEqual([]);
    await pager.getByRole('link', { name: 'Later →' }).click();
    await expect(page).toHaveURL(/\/list\/4$/);
    await expect(pager).toContainText('(page 4 of 6)');
  });
});
