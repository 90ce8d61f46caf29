import { dataset } from '@corpus/data';
import { FUZZ_SEEDS, makeUrl, poolsOf, random } from '../src/lib/fuzzed-urls';
import { expect, test } from './fixtures';

// The browser's share of the URL fuzz: the first links of each seeded stream, opened as pages.
// The same streams are read much further by the URL-state parser's unit tests
// (src/lib/url-state.spec.ts), where thousands of links take a fraction of a second; here each
// link costs a page load and vis-timeline's takeover, so a sample checks that what the parser
// allows also renders: a working page or the 404 page, with no error and no stray request.
const URLS_PER_TEST = 16;
const POOLS = poolsOf(dataset.events);

test.describe('fuzzed URLs', () => {
  for (const [index, seed] of FUZZ_SEEDS.entries()) {
    test(`batch ${index + 1} of ${FUZZ_SEEDS.length}: every URL renders a working page or the 404 page`, async ({
      page,
      problems,
    }) => {
      test.setTimeout(URLS_PER_TEST * 4_000);
      const rnd = random(seed);
      const notFound = new Set<string>();
      problems.allow(
        /^console error: Failed to load resource: the server responded with a status of 404 \(Not Found\)$/,
      );
      problems.allow(/^response 404: /);
      for (let i = 0; i < URLS_PER_TEST; i++) {
        const url = makeUrl(rnd, POOLS);
        const label = url.length > 120 ? `${url.slice(0, 120)}…` : url;
        const response = await page.goto(url);
        const status = response?.status();
        const heading = page.getByRole('heading', { level: 1 });
        // Waiting with waitFor (which watches the page) rather than polling keeps 200 loads quick.
        if (status === 404) {
          notFound.add(response?.url() ?? url);
          expect(await heading.textContent(), label).toBe('Page not found');
          continue;
        }
        expect(status, label).toBe(200);
        expect(await heading.textContent(), label).toContain('poverty alleviation campaign');
        await page.locator('.timeline-frame[data-status="ready"]').waitFor({ timeout: 10_000 });
        // Either events are listed or the page says that none match.
        await page.locator('.event-list li, .list .empty').first().waitFor({ state: 'visible' });
      }
      // Only the documents asked for may have been 404s, never an asset of a page.
      const responses404 = problems.list
        .filter((problem) => problem.startsWith('response 404: '))
        .map((problem) => problem.slice(14));
      expect(responses404.filter((url) => !notFound.has(url))).toEqual([]);
    });
  }
});
