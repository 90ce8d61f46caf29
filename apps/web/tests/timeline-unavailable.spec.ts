import { expect, test } from './fixtures';

test.describe('when the timeline code cannot load', () => {
  test('the page says so, and the picture, list, details and downloads still work', async ({
    page,
    problems,
    timeline,
  }) => {
    // The timeline chunk is the one script that carries vis-timeline's item classes.
    const blocked: string[] = [];
    await page.route('**/_app/immutable/**/*.js', async (route) => {
      const response = await route.fetch();
      if ((await response.text()).includes('vis-item-overflow')) {
        blocked.push(route.request().url());
        await route.abort('failed');
      } else {
        await route.fulfill({ response });
      }
    });
    problems.allow(/^request failed: .*\/_app\/immutable\/.*\.js \(net::ERR_FAILED\)$/);
    problems.allow(/^page error: .*dynamically imported module/);
    problems.allow(/^console error: Failed to load resource: net::ERR_FAILED$/);

    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText(
      "Zooming and panning are unavailable (the timeline's code could not be loaded). The picture above and the list of events below still work.",
    );
    expect(blocked.length).toBeGreaterThan(0);
    // The picture stays, and selects in place.
    await timeline.pictureItem('decisive-victory-symposium-2020').click();
    await expect(timeline.details).toBeVisible();
    await expect(timeline.details).toContainText('6 March 2020');
    await expect(timeline.pictureItem('decisive-victory-symposium-2020')).toHaveClass(/selected/);
    await expect(timeline.listEntry('decisive-victory-symposium-2020')).toHaveAttribute(
      'aria-current',
      'true',
    );
    // Later pages may load the chunk again; stop intercepting before moving on.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await timeline.listEntry('shaanxi-inspection-2020').getByRole('link').click();
    await expect(timeline.details).toBeVisible();
    await expect(timeline.details).toContainText('21 April 2020');
    await page.getByRole('link', { name: 'About the data', exact: true }).click();
    const csv = await page.request.get('/data/events.csv');
    expect(csv.status()).toBe(200);
  });
});
