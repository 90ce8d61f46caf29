import { MODULES_REFUSED_WITHOUT_JAVASCRIPT, expect, test } from '../fixtures';
import { SCALE_EVENTS } from './size.js';

test.use({ javaScriptEnabled: false });

test.beforeEach(({ problems }) => {
  problems.allow(MODULES_REFUSED_WITHOUT_JAVASCRIPT);
});

test.describe(`${SCALE_EVENTS} events with JavaScript off`, () => {
  test('the pager links through every page of the list and back', async ({ page }) => {
    await page.goto('/');
    const entries = page.locator('.event-list li');
    const pager = page.getByRole('navigation', { name: 'Pages of the list, top' });
    const ids = () => entries.evaluateAll((items) => items.map((item) => item.dataset.id ?? ''));
    await expect(entries).toHaveCount(100);
    const seen = new Set(await ids());

    for (let number = 2; number <= 6; number++) {
      await pager.getByRole('link', { name: 'Later →' }).click();
      await expect(page).toHaveURL(new RegExp(`/list/${number}$`));
      await expect(pager).toContainText(`(page ${number} of 6)`);
      await expect(page.locator('.event-list')).toHaveAttribute('start', String(number * 100 - 99));
      for (const id of await ids()) seen.add(id);
    }
    expect(seen.size).toBe(SCALE_EVENTS);
    await expect(pager.getByRole('link', { name: 'Later →' })).toHaveCount(0);

    await pager.getByRole('link', { name: '← Earlier' }).click();
    await expect(page).toHaveURL(/\/list\/5$/);
    await expect(pager).toContainText(`Events 401–500 of ${SCALE_EVENTS} (page 5 of 6)`);
  });

  test('an event on a later page opens its own page', async ({ page }) => {
    await page.goto('/list/6');
    const last = page.locator('.event-list li').last();
    const id = await last.getAttribute('data-id');
    await last.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/events/${id ?? 'missing'}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Synthetic event ${(id ?? '').replace('event-', '')}`,
    );
  });
});
