import { dataset } from '@corpus/data';
import { expect, test } from './fixtures';

const count = (category: string) =>
  dataset.events.filter((event) => event.category === category).length;

test.describe('filters and search', () => {
  test('toggling a category narrows the timeline and the list alike', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    const firstSecretaries = page.getByRole('checkbox', { name: /First secretaries/ });
    await expect(page.locator('label', { has: firstSecretaries }).locator('.count')).toHaveText(
      String(count('first-secretaries')),
    );
    await firstSecretaries.uncheck();
    const left = dataset.events.length - count('first-secretaries');
    await expect.poll(() => timeline.eventCount()).toBe(left);
    await expect(timeline.list.locator('li')).toHaveCount(left);
    await expect(page.getByRole('heading', { name: /Events in date order/ })).toContainText(
      `(${left} of ${dataset.events.length} shown)`,
    );
    await expect(timeline.announcer).toHaveText(`${left} events shown.`);
    await expect(page).toHaveURL(/categories=/);
    await expect(page.locator('.timeline .vis-labelset')).not.toContainText('First secretaries');
  });

  test('search narrows both views by title, place and person', async ({ timeline, page }) => {
    await timeline.open();
    const search = page.getByRole('searchbox');
    await search.fill('Pinli');
    await expect(timeline.items).toHaveCount(1);
    await expect(timeline.item('shaanxi-inspection-2020')).toHaveCount(1);
    await expect(timeline.list.locator('li')).toHaveCount(1);
    await expect(page).toHaveURL(/q=Pinli/);
    await search.fill('Zhang Jinli');
    await expect(timeline.list.locator('li')).toHaveCount(1);
    await expect(timeline.listEntry('first-secretary-zhang-jinli')).toBeVisible();
  });

  test('says so when nothing matches', async ({ timeline, page }) => {
    await timeline.open();
    await page.getByRole('searchbox').fill('no such thing anywhere');
    await expect(timeline.items).toHaveCount(0);
    await expect(timeline.list.locator('li')).toHaveCount(0);
    await expect(page.getByText('No events match “no such thing anywhere”.')).toBeVisible();
    await page.getByRole('searchbox').fill('');
    await page.getByRole('button', { name: 'None' }).click();
    await expect(timeline.items).toHaveCount(0);
    await expect(
      page.getByText('No events match the filters: no category is selected.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'All' }).click();
    await expect.poll(() => timeline.eventCount()).toBe(dataset.events.length);
  });
});
