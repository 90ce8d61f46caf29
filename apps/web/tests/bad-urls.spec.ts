import { dataset } from '@corpus/data';
import { COVERAGE, expect, test } from './fixtures';

test.describe('bad links', () => {
  test('an unknown event id shows a notice and the whole timeline', async ({ timeline }) => {
    await timeline.open('?event=no-such-event');
    await expect(timeline.notices).toContainText(
      'There is no event “no-such-event”; no event is selected.',
    );
    await expect.poll(() => timeline.eventCount()).toBe(dataset.events.length);
    await expect(timeline.details).toBeHidden();
  });

  test('a malformed window shows a notice and the whole period', async ({ timeline }) => {
    await timeline.open('?from=2019-02-30&to=banana');
    await expect(timeline.notices).toContainText('“from” must be a day written YYYY-MM-DD');
    expect(await timeline.window()).toEqual(COVERAGE);
  });

  test('an inverted window shows a notice', async ({ timeline }) => {
    await timeline.open('?from=2019-01-01&to=2016-01-01');
    await expect(timeline.notices).toContainText('is before “from”');
    expect(await timeline.window()).toEqual(COVERAGE);
  });

  test('unknown categories are named and the rest of the link still applies', async ({
    timeline,
  }) => {
    await timeline.open('?categories=parade,symposium&event=decisive-victory-symposium-2020');
    await expect(timeline.notices).toContainText('Unknown category “parade” ignored.');
    await expect(timeline.items).toHaveCount(1);
    await expect(timeline.details).toBeVisible();
  });

  test('the notice can be dismissed', async ({ timeline, page }) => {
    await timeline.open('?event=nope');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(timeline.notices).toBeHidden();
  });
});
