import { dataset } from '@corpus/data';
import { LANES, expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

// With JavaScript off the browser refuses the pages' module preloads itself.
test.beforeEach(({ problems }) => {
  problems.allow(/^request failed: http:\/\/127\.0\.0\.1:\d+\/_app\/immutable\/.*\.js \(csp\)$/);
});

test.describe('with JavaScript off', () => {
  test('the home page lists every event in date order', async ({ page }) => {
    await page.goto('/');
    const entries = page.locator('.event-list li');
    await expect(entries).toHaveCount(dataset.events.length);
    await expect(entries.first()).toContainText('27–28 November 2015');
    await expect(entries.first()).toContainText(
      'Central Poverty Alleviation and Development Work Conference',
    );
    // Without JavaScript the timeline is a picture of links, not a keyboard widget.
    await expect(page.locator('.timeline-frame')).not.toHaveAttribute('role');
  });

  test('the home page draws the timeline: every lane, and every item a link to its page', async ({
    page,
  }) => {
    await page.goto('/');
    const picture = page.locator('.timeline-picture');
    await expect(picture).toBeVisible();
    await expect(picture.locator('.lane-label')).toHaveText(LANES);
    await expect(picture.locator('.tick')).toContainText([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
    for (const event of dataset.events.filter((e) => e.date.kind !== 'undated')) {
      const item = picture.locator(`a[data-timeline-item="${event.id}"]`);
      await expect(item, event.id).toBeVisible();
      await expect(item, event.id).toHaveAttribute('href', `/events/${event.id}`);
      await expect(item, event.id).toContainText(event.title);
    }
    // Undated facts are gathered in bands that lead to the list, where each has its link.
    const bands = picture.locator('a[data-timeline-band]');
    await expect(bands).toHaveCount(6);
    for (const band of await bands.all())
      await expect(band).toHaveAttribute('href', '#list-heading');
    await picture.locator('a[data-timeline-item="decisive-victory-symposium-2020"]').click();
    await expect(page).toHaveURL(/\/events\/decisive-victory-symposium-2020$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Symposium');
  });

  test('event pages show their details and schema.org JSON-LD', async ({ page }) => {
    await page.goto('/');
    await page.locator('.event-list li[data-id="shaanxi-inspection-2020"] a').click();
    await expect(page).toHaveURL(/\/events\/shaanxi-inspection-2020$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Xi inspects poverty alleviation at a tea park in Pingli County, Shaanxi',
    );
    await expect(page.locator('main')).toContainText('21 April 2020');
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      startDate: '2020-04-21',
    });
  });

  test('the downloads are static files', async ({ page, request }) => {
    await page.goto('/about');
    const links = page.locator('.downloads a');
    await expect(links).toHaveCount(6);
    for (const href of await links.evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute('href') ?? ''),
    )) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect((await response.body()).length, href).toBeGreaterThan(100);
    }
    const csv = await (await request.get('/data/events.csv')).text();
    expect(csv.split('\r\n')[0]).toMatch(/^id,title,category,date,/);
    const ics = await (await request.get('/data/events.ics')).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
  });
});
