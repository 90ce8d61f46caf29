import { expect, test } from './fixtures';

/** The browser reports a 404 document itself; that and nothing else is expected. */
const NOT_FOUND =
  /^(response 404: .*\/(no\/such\/page|events\/no-such-event)|console error: Failed to load resource: the server responded with a status of 404 \(Not Found\))$/;

test.describe('unknown paths', () => {
  test('get the 404 page with status 404', async ({ page, problems }) => {
    problems.allow(NOT_FOUND);
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'The timeline of all events' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  test('an unknown event page is a 404 too', async ({ page, problems }) => {
    problems.allow(NOT_FOUND);
    const response = await page.goto('/events/no-such-event');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
