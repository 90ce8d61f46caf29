import { expect, test } from './fixtures';

test.describe('event details', () => {
  test('clicking an item opens its details with the date, basis and citation', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    await timeline.item('central-work-conference-2015').click();
    await expect(timeline.details).toBeVisible();
    await expect(timeline.details.getByRole('heading', { level: 2 })).toHaveText(
      'Central Poverty Alleviation and Development Work Conference',
    );
    await expect(timeline.details).toContainText('27–28 November 2015');
    await expect(timeline.details).toContainText('date stated in the source');
    await expect(timeline.details).toContainText(
      'Source f16439b826a9ee91, paragraph 13, characters 3309–3412',
    );
    await expect(
      timeline.details.locator('q', { hasText: 'November 27 to 28, 2015' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\?event=central-work-conference-2015$/);
  });

  test('shows places with their hierarchy, people, figures and notes', async ({ timeline }) => {
    await timeline.open('?event=shaanxi-inspection-2020');
    const details = timeline.details;
    await expect(details).toContainText('21 April 2020');
    await expect(details).toContainText(
      'China › Shaanxi Province › Ankang City › Pingli County › Laoxian Town',
    );
    await expect(details).toContainText('(the source also writes “Pinli County”)');
    await expect(details).toContainText('Xi Jinping');
    await expect(details.getByRole('term').filter({ hasText: 'Notes' })).toBeVisible();

    await timeline.open('?event=decisive-victory-symposium-2020');
    await expect(details).toContainText('255,000');
    await expect(details).toContainText('more than 2.9 million');
  });

  test('shows both readings where the source contradicts itself', async ({ timeline }) => {
    await timeline.open('?event=first-secretary-qi-zhigang');
    await expect(timeline.details).toContainText(
      "Nong'an County › Helong Town › Shaoguoling Village",
    );
    await expect(timeline.details).toContainText(
      'or China › Jilin Province › Changchun › Kuancheng District › Shaoguoling Village',
    );
  });

  test('shows a goal’s deadline as its target, apart from the date the source does not give', async ({
    timeline,
    page,
  }) => {
    await timeline.open('?event=deadline-2020');
    const date = timeline.details.locator('.date');
    await expect(date).toContainText('Not dated, by 6 March 2020');
    await expect(date).not.toContainText('2020, day not stated');
    await expect(timeline.details.locator('.target')).toHaveText(
      /^Target: by 2020 — when the goal is due, not a date of the event$/,
    );
    await expect(timeline.details.locator('.category')).toHaveText(/Policy and goals · Statement/);
    const entry = timeline.listEntry('deadline-2020');
    await expect(entry.locator('.date')).toHaveText('Not dated, by 6 March 2020');
    await expect(entry.locator('.target')).toHaveText('Target: by 2020');

    await page.goto('/events/deadline-2020');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/by 2020/);
    await expect(page.locator('.details .target')).toContainText('Target: by 2020');
    await expect(page.locator('.details .date')).toContainText('Not dated, by 6 March 2020');
  });

  test('follows a related event and closes', async ({ timeline, page }) => {
    await timeline.open('?event=responsibility-letters-22-provinces');
    await timeline.details
      .getByRole('link', { name: 'Central Poverty Alleviation and Development Work Conference' })
      .click();
    await expect(page).toHaveURL(/event=central-work-conference-2015/);
    await expect(timeline.details.getByRole('heading', { level: 2 })).toHaveText(/Work Conference/);
    await timeline.details.getByRole('button', { name: 'Close details' }).click();
    await expect(timeline.details).toBeHidden();
    await expect(page).not.toHaveURL(/event=/);
  });
});
