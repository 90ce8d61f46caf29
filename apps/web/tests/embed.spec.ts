import type { FrameLocator, Page } from '@playwright/test';
import { axeViolations, expect, ITEM, test, TimelinePage, watchProblems } from './fixtures';

// The host is a page of another site (tests/embed-host), served on an origin of its own: the
// address is in the config's metadata (see tooling/playwright). One host page serves every test
// of the first group, in order, as a reader of an article would use it.
const FIRST = 'central-work-conference-2015';
const SECOND = 'responsibility-letters-22-provinces';
const DEEP = 'shaanxi-inspection-2020';

type Received =
  | { type: 'corpus-timeline:height'; height: number }
  | { type: 'corpus-timeline:select'; id: string | null; url: string | null };

function hostUrl(): string {
  const pages = test.info().config.metadata as { pages?: Record<string, string> };
  const url = pages.pages?.['embed-host'];
  if (!url) throw new Error('the Playwright config serves no embed-host page');
  return url;
}

/** The messages the host received from the embed, oldest first. */
const received = (host: Page) =>
  host.evaluate(() => (window as unknown as { received: Received[] }).received);

const lastSelection = async (host: Page) =>
  (await received(host)).filter((message) => message.type === 'corpus-timeline:select').at(-1);

/**
 * The embed's timeline, once vis-timeline has drawn it inside the iframe: focused as soon as the
 * page runs, which has vis-timeline take over at once rather than when the browser is idle.
 */
async function embedReady(frame: FrameLocator) {
  await frame.locator('.timeline-frame[tabindex="0"]').focus();
  await frame
    .locator('.timeline-frame[data-status="ready"][data-window-start]')
    .waitFor({ timeout: 10_000 });
  await frame.locator('.timeline .vis-timeline').waitFor({ state: 'visible' });
}

/** Where the iframe's own document is now. */
function frameUrl(host: Page): URL {
  const frame = host.frames().find((candidate) => candidate.url().includes('/embed'));
  if (!frame) throw new Error('the host page has no embed in it');
  return new URL(frame.url());
}

test.describe('the embed in a page of another origin', () => {
  test.describe.configure({ mode: 'serial' });

  let host: Page;
  let frame: FrameLocator;
  let problems: Awaited<ReturnType<typeof watchProblems>>;
  let site: string;

  test.beforeAll(async ({ browser, baseURL }) => {
    site = new URL(baseURL ?? '').origin;
    host = await (await browser.newContext()).newPage();
    problems = await watchProblems(host, [site, new URL(hostUrl()).origin]);
    frame = host.frameLocator('#slot iframe');
  });

  test.afterAll(async () => {
    await host.context().close();
    expect(problems.left(), 'the host page or the embed reported problems').toEqual([]);
  });

  test('shows the timeline without the site around it and tells the host its height', async () => {
    await host.goto(`${hostUrl()}?src=${encodeURIComponent(`${site}/embed`)}`);
    await embedReady(frame);
    expect(new URL(hostUrl()).origin).not.toBe(site);
    await expect(frame.locator('.site-header, .site-footer, .event-list')).toHaveCount(0);
    await expect(frame.getByRole('search')).toHaveCount(0);
    const full = frame.getByRole('link', { name: 'Open the full view' });
    await expect(full).toHaveAttribute('href', '/');
    await expect(full).toHaveAttribute('target', '_blank');
    await expect
      .poll(async () => (await received(host)).some((m) => m.type === 'corpus-timeline:height'))
      .toBe(true);
    const heights = (await received(host)).flatMap((m) =>
      m.type === 'corpus-timeline:height' ? [m.height] : [],
    );
    expect(heights.at(-1)).toBeGreaterThan(250);
    // The host followed it: the iframe is as tall as its content, so it never scrolls.
    const box = await host.locator('#slot iframe').boundingBox();
    expect(Math.round(box?.height ?? 0)).toBe(heights.at(-1));
    expect(await frame.locator('html').evaluate((html) => html.scrollHeight)).toBe(heights.at(-1));
  });

  test('a click selects an event inside: the host hears it and the iframe’s address keeps it', async () => {
    const before = (await received(host)).length;
    await frame.locator(`.timeline ${ITEM}[data-timeline-item="${FIRST}"]`).click();
    await expect(frame.getByRole('complementary', { name: 'Event details' })).toContainText(
      '27–28 November 2015',
    );
    await expect
      .poll(() => lastSelection(host))
      .toEqual({
        type: 'corpus-timeline:select',
        id: FIRST,
        url: `${site}/events/${FIRST}`,
      });
    expect(frameUrl(host).searchParams.get('event')).toBe(FIRST);
    // The details made the embed taller, and the host was told.
    await expect
      .poll(async () =>
        (await received(host))
          .slice(before)
          .some((m) => m.type === 'corpus-timeline:height' && m.height > 500),
      )
      .toBe(true);
    await expect(frame.getByRole('link', { name: 'Open the full view' })).toHaveAttribute(
      'href',
      `/?event=${FIRST}`,
    );
  });

  test('the keyboard walks the events inside the iframe and Escape closes the details', async () => {
    await frame.locator('.timeline-frame').focus();
    await host.keyboard.press('ArrowRight');
    await expect.poll(async () => (await lastSelection(host))?.id).toBe(SECOND);
    await expect(frame.getByTestId('announcer')).toContainText('Event 2 of');
    expect(frameUrl(host).searchParams.get('event')).toBe(SECOND);
    await host.keyboard.press('Escape');
    await expect(frame.getByRole('complementary', { name: 'Event details' })).toBeHidden();
    await expect.poll(async () => (await lastSelection(host))?.id).toBeNull();
    expect(frameUrl(host).searchParams.has('event')).toBe(false);
  });

  test('the host selects an event by message; malformed messages change nothing', async () => {
    const post = (message: unknown) =>
      host.evaluate(
        ([data, origin]) => {
          document.querySelector('iframe')?.contentWindow?.postMessage(data, origin);
        },
        [message, site] as const,
      );
    await post({ type: 'corpus-timeline:select-event', id: DEEP });
    const details = frame.getByRole('complementary', { name: 'Event details' });
    await expect(details).toContainText('Pingli');
    await expect.poll(async () => (await lastSelection(host))?.id).toBe(DEEP);
    const url = frameUrl(host).href;
    const count = (await received(host)).length;

    for (const bad of [
      'corpus-timeline:select-event',
      null,
      { type: 'corpus-timeline:select-event', id: 42 },
      { type: 'corpus-timeline:select-event', id: FIRST, extra: true },
      { type: 'corpus-timeline:select-event', id: 'no-such-event' },
      { type: 'corpus-timeline:height', height: 1 },
      { type: 'something-else', id: FIRST },
    ]) {
      await post(bad);
    }
    // Messages are handled in order: once the answer to this one is in, the others were read.
    // The embed may also send a height of its own accord while the details settle; any message
    // but a height would be an answer to a malformed one.
    await post({ type: 'corpus-timeline:request-height' });
    const since = async () => (await received(host)).slice(count);
    await expect
      .poll(async () => (await since()).some((m) => m.type === 'corpus-timeline:height'))
      .toBe(true);
    expect(frameUrl(host).href).toBe(url);
    await expect(details).toContainText('Pingli');
    expect((await since()).filter((m) => m.type !== 'corpus-timeline:height')).toEqual([]);
  });

  test('the iframe’s deep link restores its window and selection', async () => {
    const src = `${site}/embed?event=${DEEP}&from=2019-06-01&to=2020-12-31`;
    await host.evaluate(
      (code) => {
        (window as unknown as { embed: (code: string) => void }).embed(code);
      },
      `<iframe src="${src.replace(/&/g, '&amp;')}" title="The timeline"></iframe>`,
    );
    await embedReady(frame);
    await expect(frame.getByRole('complementary', { name: 'Event details' })).toContainText(
      'Pingli',
    );
    const start = await frame.locator('.timeline-frame').getAttribute('data-window-start');
    expect(start?.slice(0, 10)).toBe('2019-06-01');
    await expect.poll(async () => (await lastSelection(host))?.id).toBe(DEEP);
    expect(frameUrl(host).searchParams.get('from')).toBe('2019-06-01');
  });

  test('the Embed button’s code, pasted into the host page, embeds that view', async () => {
    const home = await host.context().newPage();
    const homeProblems = await watchProblems(home, [site]);
    const timeline = new TimelinePage(home);
    await timeline.open(`?event=${SECOND}&from=2015-09-01&to=2016-06-30`);
    const button = home.getByRole('toolbar').getByRole('button', { name: 'Embed' });
    await button.click();
    const dialog = home.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole('textbox', { name: 'Code' });
    await expect(code).toBeFocused();
    const text = await code.inputValue();
    expect(text).toContain(
      `src="${site}/embed?event=${SECOND}&amp;from=2015-09-01&amp;to=2016-06-30"`,
    );
    expect(text).toMatch(/title="22 central and western provinces[^"]*corpus-timeline[^"]*"/);
    await expect(dialog.getByTestId('embed-address')).toContainText("this page's address");
    expect(await axeViolations(home, 'dialog.embed-dialog')).toEqual([]);
    await home.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await home.close();
    expect(homeProblems.left()).toEqual([]);

    await host.getByLabel('Embed code').fill(text);
    await host.getByRole('button', { name: 'Embed' }).click();
    await embedReady(frame);
    await expect(frame.getByRole('complementary', { name: 'Event details' })).toContainText(
      '22 central and western provinces',
    );
    await expect.poll(async () => (await lastSelection(host))?.id).toBe(SECOND);
    expect(
      (await frame.locator('.timeline-frame').getAttribute('data-window-start'))?.slice(0, 10),
    ).toBe('2015-09-01');
  });
});

test.describe('the embed on its own', () => {
  test('works without JavaScript: a picture of links and the link to the full view', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/embed');
    await expect(page.locator(`.timeline-picture [data-timeline-item="${FIRST}"]`)).toHaveAttribute(
      'href',
      `/events/${FIRST}`,
    );
    await expect(page.locator('.site-header, .event-list')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Open the full view' })).toHaveAttribute(
      'href',
      '/',
    );
    // A band of undated facts leads to the line that says where its facts are listed.
    await expect(page.locator('#list-heading')).toContainText('every event listed');
    await context.close();
  });

  test('without a public address, no page links or publishes an oEmbed document', async ({
    request,
  }) => {
    for (const path of ['/', `/events/${FIRST}`]) {
      expect(await (await request.get(path)).text()).not.toContain('json+oembed');
    }
    for (const path of ['/oembed.json', `/events/${FIRST}/oembed.json`]) {
      expect((await request.get(path)).status()).toBe(404);
    }
  });
});
