import { dataset } from '@corpus/data';
import { DOWNLOADS } from '../src/lib/downloads';
import { LANES, UNDATED_BANDS, expect, test } from './fixtures';
import { ALL_CHECK_OUT, NEEDS_TEXT, SOURCE_TEXT } from './source-text';

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
    await expect(bands).toHaveCount(UNDATED_BANDS.length);
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
    await expect(links).toHaveCount(DOWNLOADS.length);
    for (const href of await links.evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute('href') ?? ''),
    )) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect((await response.body()).length, href).toBeGreaterThan(100);
    }
    const csv = await (await request.get('/data/events.csv')).text();
    expect(csv.split('\r\n')[0]).toMatch(/^id,title,category,kind,date,/);
    const ics = await (await request.get('/data/events.ics')).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
  });

  test('the about page and the downloads name the release they come from', async ({
    page,
    request,
  }) => {
    const { version } = dataset;
    await page.goto('/about');
    await expect(page.locator('main')).toContainText(`The dataset (version ${version})`);
    const json = (file: string) => request.get(`/data/${file}`).then((r) => r.json());
    expect(await json('dataset.json')).toMatchObject({ version });
    expect(await json('datapackage.json')).toMatchObject({ version });
    expect(await json('schema.json')).toMatchObject({
      $comment: expect.stringContaining(`@corpus/data ${version} `),
    });
    expect(await json('events.jsonld')).toMatchObject({
      '@graph': expect.arrayContaining([
        expect.objectContaining({ subjectOf: expect.objectContaining({ version }) }),
      ]),
    });
    expect(await (await request.get('/data/events.ics')).text()).toContain(
      `X-COMMENT:Generated by @corpus/data ${version} `,
    );
  });

  test('the bundled source reader is all there: marks, records and the span a link names', async ({
    page,
  }) => {
    test.skip(!SOURCE_TEXT, NEEDS_TEXT);
    await page.goto('/events/central-work-conference-2015');
    await page.getByRole('link', { name: 'in the source' }).first().click();
    await expect(page).toHaveURL(/\/sources\/f16439b826a9ee91#c-3309-3412$/);
    const target = page.locator('mark:target');
    await expect(target).toHaveAttribute('id', 'c-3309-3412');
    await expect(target).toBeInViewport();
    await expect(page.locator('#p13')).toContainText('November 27 to 28, 2015');
    await expect(page.locator('.reader mark[data-start][data-end]').first()).toBeVisible();
    await expect(page.getByTestId('verification')).toContainText(ALL_CHECK_OUT);
    await expect(page.getByTestId('verification')).toContainText(
      'checked when this site was built',
    );
    const entry = page.locator('#r-3309-3412');
    await entry
      .getByRole('link', { name: 'Central Poverty Alleviation and Development Work Conference' })
      .click();
    await expect(page).toHaveURL(/\/events\/central-work-conference-2015$/);
  });
});
