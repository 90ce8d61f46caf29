import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { SUBPATH, SUBPATH_SITE } from './settings.js';

// The site built with BASE_PATH and CORPUS_SITE_URL (tests/subpath/build.js), served mounted under
// its base as a GitHub Pages project site is. Paths are relative to the baseURL, `<base>/`.
const BASE = SUBPATH.BASE_PATH;
const EVENT = 'central-work-conference-2015';

/** Every URL the page's markup points to on this site: links, scripts, styles, icons. */
async function ownUrls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[href], [src]')]
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
      .filter((url) => url.startsWith('/')),
  );
}

test.describe('under a base path', () => {
  test('the home page draws the timeline with every link and asset under the base', async ({
    timeline,
    page,
  }) => {
    await page.goto('./');
    await timeline.ready();
    const urls = await ownUrls(page);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !url.startsWith(`${BASE}/`))).toEqual([]);
  });

  test('selecting an event opens its details and its page, and back returns', async ({
    timeline,
    page,
  }) => {
    await page.goto('./');
    await timeline.ready();
    await timeline.listEntry(EVENT).locator('a').click();
    await expect(timeline.details).toContainText('27–28 November 2015');
    await expect(page).toHaveURL(`${BASE}/?event=${EVENT}`);
    await page.goto(`events/${EVENT}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Central Poverty');
    await page.getByRole('link', { name: 'Timeline', exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`${BASE}/$`));
  });

  test('the downloads and citation files are served under the base', async ({ page, request }) => {
    await page.goto('about');
    const hrefs = await page
      .locator('.downloads a, .cite a[download]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    await page.goto(`events/${EVENT}`);
    hrefs.push(
      ...(await page
        .locator('.cite a[download]')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))),
    );
    expect(hrefs).toContain(`${BASE}/data/events.csv`);
    expect(hrefs).toContain(`${BASE}/events/${EVENT}.bib`);
    for (const href of hrefs) {
      expect(href.startsWith(`${BASE}/`), href).toBe(true);
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });

  test('an unknown path under the base gets the 404 page, whose links and styles work', async ({
    page,
    problems,
  }) => {
    problems.allow(
      /^(response 404: .*\/corpus-timeline\/no\/such\/page|console error: Failed to load resource: .* 404 \(Not Found\))$/,
    );
    const response = await page.goto('no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'The timeline of all events' })).toHaveAttribute(
      'href',
      `${BASE}/`,
    );
    // The stylesheet loaded under the base: the page is laid out, not bare HTML.
    expect(
      await page
        .locator('.site-header')
        .evaluate((header) => getComputedStyle(header).borderBottomStyle),
    ).toBe('solid');
  });

  test('the base without its slash redirects to the home page, and nothing is served outside it', async ({
    request,
  }) => {
    const redirect = await request.get(BASE, { maxRedirects: 0 });
    expect(redirect.status()).toBe(301);
    expect(redirect.headers()['location']).toBe(`${BASE}/`);
    expect((await request.get('/index.html')).status()).toBe(404);
  });
});

test.describe('with a public address', () => {
  const pages = [
    {
      path: './',
      url: `${SUBPATH_SITE}/`,
      title: /^corpus-timeline: the 2015–2020/,
      type: 'website',
    },
    {
      path: `events/${EVENT}`,
      url: `${SUBPATH_SITE}/events/${EVENT}`,
      title: /^Central Poverty Alleviation and Development Work Conference$/,
      type: 'article',
    },
    {
      path: 'about',
      url: `${SUBPATH_SITE}/about`,
      title: /^About the corpus-timeline data$/,
      type: 'website',
    },
  ];

  for (const { path, url, title, type } of pages) {
    test(`${path} carries its canonical address and link-preview tags in the built HTML`, async ({
      request,
    }) => {
      const html = await (await request.get(path)).text();
      const tag = (pattern: RegExp) => pattern.exec(html)?.[1];
      expect(tag(/<link rel="canonical" href="([^"]*)"/)).toBe(url);
      expect(tag(/<meta property="og:url" content="([^"]*)"/)).toBe(url);
      expect(tag(/<meta property="og:type" content="([^"]*)"/)).toBe(type);
      expect(tag(/<meta property="og:title" content="([^"]*)"/)).toMatch(title);
      expect(tag(/<meta name="twitter:card" content="([^"]*)"/)).toBe('summary');
      expect(tag(/<meta name="twitter:title" content="([^"]*)"/)).toMatch(title);
      const description = tag(/<meta name="description" content="([^"]*)"/);
      expect(description?.length).toBeGreaterThan(40);
      expect(tag(/<meta property="og:description" content="([^"]*)"/)).toBe(description);
      expect(tag(/<meta name="twitter:description" content="([^"]*)"/)).toBe(description);
      // The canonical address's path is this page on the host that serves the site.
      expect((await request.get(new URL(url).pathname)).status()).toBe(200);
    });
  }

  test('references and the data name the pages by their public address', async ({
    page,
    request,
  }) => {
    await page.goto(`events/${EVENT}`);
    await expect(page.locator('.cite .reference')).toContainText(
      `from ${SUBPATH_SITE}/events/${EVENT}`,
    );
    expect(await (await request.get(`events/${EVENT}.bib`)).text()).toContain(
      `url = {${SUBPATH_SITE}/events/${EVENT}}`,
    );
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as { '@id'?: string };
    expect(jsonLd['@id']).toBe(`${SUBPATH_SITE}/events/${EVENT}`);
    const ics = await (await request.get('data/events.ics')).text();
    expect(ics.replace(/\r\n /g, '')).toContain(`URL:${SUBPATH_SITE}/events/${EVENT}`);
  });

  for (const { path, oembed, src, title } of [
    {
      path: './',
      oembed: 'oembed.json',
      src: `${SUBPATH_SITE}/embed`,
      title: /^corpus-timeline: /,
    },
    {
      path: `events/${EVENT}`,
      oembed: `events/${EVENT}/oembed.json`,
      src: `${SUBPATH_SITE}/embed?event=${EVENT}`,
      title: /^Central Poverty Alleviation and Development Work Conference · corpus-timeline: /,
    },
  ]) {
    test(`${path} announces its oEmbed document, which embeds it from the public address`, async ({
      request,
    }) => {
      const html = await (await request.get(path)).text();
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/.exec(
        html,
      )?.[1];
      expect(link).toBe(`${SUBPATH_SITE}/${oembed}`);
      const response = await request.get(new URL(link ?? '').pathname);
      expect(response.status()).toBe(200);
      const document = (await response.json()) as Record<string, unknown>;
      expect(document).toMatchObject({
        version: '1.0',
        type: 'rich',
        provider_name: 'corpus-timeline',
        provider_url: `${SUBPATH_SITE}/`,
        width: expect.any(Number),
        height: expect.any(Number),
      });
      expect(document['title']).toMatch(title);
      const iframe = /^<iframe src="([^"]*)" title="[^"]+"[^>]*><\/iframe>$/.exec(
        String(document['html']),
      );
      expect(iframe?.[1]).toBe(src);
      // The embed it names is served under the base, and its links stay there.
      const embed = await request.get(new URL(src).pathname + new URL(src).search);
      expect(embed.status()).toBe(200);
      const hrefs = [...(await embed.text()).matchAll(/ (?:href|src)="(\/[^"]*)"/g)].map(
        (match) => match[1] ?? '',
      );
      expect(hrefs.length).toBeGreaterThan(5);
      expect(hrefs.filter((href) => !href.startsWith(`${BASE}/`))).toEqual([]);
    });
  }
});
