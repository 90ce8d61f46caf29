import { COVERAGE, expect, test } from './fixtures';

test.describe('the URL is the state', () => {
  test('a deep link reopens the same selection, window, filters and search', async ({
    timeline,
    page,
  }) => {
    await timeline.open(
      '?event=decisive-victory-symposium-2020&from=2019-07-01&to=2020-06-30&categories=symposium,inspection-visit&q=xi',
    );
    await timeline.windowSettled();
    expect(await timeline.window()).toEqual({
      start: Date.UTC(2019, 6, 1),
      end: Date.UTC(2020, 6, 1),
    });
    await expect(timeline.details.getByRole('heading', { level: 2 })).toHaveText(/Symposium/);
    await expect(page.getByRole('searchbox')).toHaveValue('xi');
    await expect(page.getByRole('checkbox', { name: /Conference/ })).not.toBeChecked();
    await expect.poll(() => timeline.eventCount()).toBe(3);
    await page.reload();
    await timeline.ready();
    await timeline.windowSettled();
    expect(await timeline.window()).toEqual({
      start: Date.UTC(2019, 6, 1),
      end: Date.UTC(2020, 6, 1),
    });
    await expect(timeline.item('decisive-victory-symposium-2020')).toHaveClass(/vis-selected/);
  });

  test('back and forward restore earlier views', async ({ timeline, page }) => {
    await timeline.open();
    await timeline.item('central-work-conference-2015').click();
    await expect(page).toHaveURL(/event=central-work-conference-2015/);
    await page.getByRole('button', { name: '2020', exact: true }).click();
    await expect(page).toHaveURL(/from=2020-01-01/);
    await timeline.windowSettled();
    await timeline.listEntry('shaanxi-inspection-2020').getByRole('link').click();
    await expect(page).toHaveURL(/event=shaanxi-inspection-2020&from=2020-01-01/);

    await page.goBack();
    await expect(page).toHaveURL(/event=central-work-conference-2015&from=2020-01-01/);
    await expect(timeline.details.getByRole('heading', { level: 2 })).toHaveText(/Work Conference/);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(timeline.details).toBeHidden();
    await timeline.windowSettled();
    expect(await timeline.window()).toEqual(COVERAGE);
    await page.goForward();
    await expect(timeline.details.getByRole('heading', { level: 2 })).toHaveText(/Work Conference/);
  });
});
