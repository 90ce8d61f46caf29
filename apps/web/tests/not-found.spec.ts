import { expect, test } from './fixtures';

test.describe('unknown paths', () => {
  test('get the 404 page with status 404', async ({ page, pageErrors }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'The timeline of all events' })).toHaveAttribute(
      'href',
      '/',
    );
    // The browser logs the 404 response itself; nothing else may be reported.
    pageErrors.splice(
      0,
      pageErrors.length,
      ...pageErrors.filter((error) => !error.includes('404')),
    );
  });

  test('an unknown event page is a 404 too', async ({ page, pageErrors }) => {
    const response = await page.goto('/events/no-such-event');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    pageErrors.splice(
      0,
      pageErrors.length,
      ...pageErrors.filter((error) => !error.includes('404')),
    );
  });
});
