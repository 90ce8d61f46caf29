import { expect, test } from './fixtures';

// The test command builds the main site without CORPUS_SITE_URL; tests/subpath builds one with
// it. Without an address nothing absolute is made up: those tags are left out, the rest stay.
test.describe('link previews without a public address', () => {
  for (const path of ['/', '/about', '/events/central-work-conference-2015']) {
    test(`${path} has its title and description tags but no canonical or og:url`, async ({
      request,
    }) => {
      const html = await (await request.get(path)).text();
      expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html).toMatch(/<meta property="og:description" content="[^"]+"/);
      expect(html).toMatch(/<meta name="twitter:card" content="summary"/);
      expect(html).not.toContain('rel="canonical"');
      expect(html).not.toContain('property="og:url"');
    });
  }

  test('a reference names no address it was not given', async ({ page }) => {
    await page.goto('/events/central-work-conference-2015');
    await expect(page.locator('.cite .reference')).toContainText('(Version');
    await expect(page.locator('.cite .reference')).not.toContainText('http');
  });
});
