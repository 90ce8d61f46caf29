import type { Response } from '@playwright/test';
import { citationsOf, dataset } from '@corpus/data';
import { expect, test } from './fixtures';
import { ALL_CHECK_OUT, NEEDS_TEXT, SOURCE_TEXT } from './source-text';

const source = dataset.sources[0]!;
const READER = `/sources/${source.id}`;
const text = SOURCE_TEXT ?? '';

test.skip(!SOURCE_TEXT, NEEDS_TEXT);

test.describe('passages', () => {
  test('every citation of every event shows its passage with all its terms', async ({ page }) => {
    for (const event of dataset.events) {
      await page.goto(`/events/${event.id}`);
      const citations = [...event.citations, ...event.notes.flatMap((note) => note.citations)];
      const entries = page.locator('.citations > li');
      await expect(entries).toHaveCount(citations.length);
      // One read of the whole list per page: a round trip per entry and term took ~30 s in all.
      const shown = await entries.evaluateAll((items) =>
        items.map((item) => {
          const term = item.querySelector('.passage b.term');
          return {
            where: item.querySelector('.where')?.textContent ?? '',
            passage: item.querySelector('.passage')?.textContent ?? '',
            marks: [...item.querySelectorAll('.passage mark')].map((mark) => mark.textContent),
            termShown: term !== null && term.checkVisibility({ checkVisibilityCSS: true }),
          };
        }),
      );
      for (const [index, entry] of shown.entries()) {
        const [, paragraph, start, end] =
          /paragraph (\d+), characters (\d+)–(\d+)/.exec(entry.where) ?? [];
        const citation = citations.find(
          (c) =>
            c.paragraph === Number(paragraph) && c.start === Number(start) && c.end === Number(end),
        );
        const label = `${event.id} citation ${index}: ${entry.where}`;
        expect(citation, label).toBeDefined();
        for (const term of citation?.terms ?? []) expect(entry.passage, label).toContain(term);
        expect(entry.marks, label).toEqual([text.slice(Number(start), Number(end))]);
        expect(entry.termShown, label).toBe(true);
      }
    }
  });

  test('"in the source" lands on the span in its paragraph, in view and focused', async ({
    page,
  }) => {
    await page.goto('/events/central-work-conference-2015');
    await page.getByRole('link', { name: 'in the source' }).first().click();
    await expect(page).toHaveURL(new RegExp(`${READER}#c-3309-3412$`));
    const mark = page.locator('#p13 mark#c-3309-3412');
    await expect(mark).toBeFocused();
    await expect(mark).toBeInViewport();
    await expect(mark).toHaveClass(/active/);
    await expect(page.getByTestId('reader-announcer')).toContainText(
      'paragraph 13, characters 3309–3412: Central Poverty Alleviation and Development Work Conference (event)',
    );
  });

  test('the details panel on the timeline shows passages too', async ({ timeline }) => {
    await timeline.open('?event=shaanxi-inspection-2020');
    const passage = timeline.details.locator('.passage').first();
    await expect(passage).toContainText('Xi Jinping');
    await expect(passage.locator('mark')).not.toBeEmpty();
  });
});

test.describe('the source reader', () => {
  test('marks every cited span with its offsets into the whole text', async ({ page }) => {
    await page.goto(READER);
    await expect(page.locator('.reader .paragraph')).toHaveCount(source.text.paragraphs);
    await expect(page.locator('#p1 .number')).toHaveText('1');
    const marks = await page.locator('.reader mark').evaluateAll((elements) =>
      elements.map((mark) => ({
        start: Number(mark.getAttribute('data-start')),
        end: Number(mark.getAttribute('data-end')),
        text: mark.textContent,
        id: mark.id,
      })),
    );
    const spans = new Set(
      [...citationsOf(dataset)].map(({ citation }) => `${citation.start}-${citation.end}`),
    );
    expect(new Set(marks.map((mark) => `${mark.start}-${mark.end}`))).toEqual(spans);
    for (const mark of marks) expect(text.slice(mark.start, mark.end)).toContain(mark.text);
    // Each span has one mark to link to and focus, where it begins.
    expect(
      marks
        .filter((mark) => mark.id)
        .map((mark) => mark.id)
        .sort(),
    ).toEqual([...spans].map((span) => `c-${span}`).sort());
  });

  test('where spans overlap, the characters sit inside the marks of both', async ({ page }) => {
    await page.goto(READER);
    // 3309–3651 (a figure) holds 3309–3412 (the conference): the inner mark nests in the outer.
    const inner = page.locator('mark[data-start="3309"][data-end="3651"] > mark#c-3309-3412');
    await expect(inner).toHaveText(text.slice(3309, 3412));
  });

  test('a mark lists the records resting on it and links back to them', async ({ page }) => {
    await page.goto(READER);
    const mark = page.locator('mark#c-3309-3412');
    const card = page.getByTestId('reader-card');
    await mark.hover();
    await expect(card).toBeVisible();
    await expect(card).toContainText('Characters 3309–3412');
    await page.getByRole('heading', { level: 1 }).hover();
    await expect(card).toHaveCount(0);
    // A click (or a tap) keeps the card open while the pointer goes to it.
    await mark.click();
    await expect(card).toBeVisible();
    await expect(card.getByRole('link')).toContainText([
      'Central Poverty Alleviation and Development Work Conference',
      '22 provinces, autonomous regions and municipalities',
    ]);
    await card.getByRole('link', { name: 'Central Poverty Alleviation' }).click();
    await expect(page).toHaveURL(/\/events\/central-work-conference-2015$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Central Poverty Alleviation and Development Work Conference',
    );
  });

  test('marks paragraphs no fact is drawn from and sums up coverage and checks', async ({
    page,
  }) => {
    await page.goto(READER);
    // Which paragraphs no citation touches comes from the dataset (every one, since 0.2.0 cites
    // paragraph 8); the unit tests of coverageOf cover a text with gaps.
    const cited = new Set(
      [...citationsOf(dataset)]
        .filter(({ citation }) => citation.source === source.id)
        .map(({ citation }) => citation.paragraph),
    );
    const total = source.text.paragraphs;
    const uncited = Array.from({ length: total }, (_, i) => i + 1).filter((n) => !cited.has(n));
    await expect(page.locator('.paragraph.uncited')).toHaveCount(uncited.length);
    for (const number of uncited) {
      await expect(page.locator(`#p${number}`)).toContainText(
        'No fact is drawn from this paragraph.',
      );
    }
    await expect(page.getByTestId('coverage')).toContainText(
      `${total - uncited.length} of ${total} paragraphs`,
    );
    const verification = page.getByTestId('verification');
    await expect(verification).toContainText(ALL_CHECK_OUT);
    await expect(verification).toContainText('checked in your browser');
  });

  test('walks the highlights with N and P, announces each and opens its records', async ({
    page,
  }) => {
    await page.goto(READER);
    await page.getByRole('heading', { level: 1 }).click();
    const announcer = page.getByTestId('reader-announcer');
    await page.keyboard.press('n');
    await expect(page.locator('mark#c-0-187')).toBeFocused();
    await expect(announcer).toContainText('Highlight 1 of');
    await page.keyboard.press('n');
    await expect(announcer).toContainText('Highlight 2 of');
    const second = page.locator(':focus');
    await expect(second).toHaveClass(/active/);
    await page.keyboard.press('p');
    await expect(page.locator('mark#c-0-187')).toBeFocused();
    await page.keyboard.press('p');
    await expect(announcer).toContainText(/Highlight (\d+) of \1,/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('reader-card').getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('reader-card')).toHaveCount(0);
    await expect(page.locator('mark.active')).toBeFocused();
  });

  test('loads no zod and no Node.js module in the browser', async ({ page }) => {
    const scripts: Promise<string>[] = [];
    const onResponse = (response: Response) => {
      if (response.url().endsWith('.js')) scripts.push(response.text());
    };
    page.on('response', onResponse);
    await page.goto(READER);
    await expect(page.getByTestId('verification')).toContainText('checked in your browser');
    // The page goes on to the next test (see sharedPage in fixtures.ts).
    page.off('response', onResponse);
    const code = await Promise.all(scripts);
    expect(code.length).toBeGreaterThan(3);
    for (const script of code) {
      expect(script).not.toMatch(/\$Zod|ZodError|from\s*["']node:|require\(["']node:/);
    }
  });
});

test.describe('the source reader on a phone', () => {
  test('a tap on a mark shows its records, and the page fits the screen @phone', async ({
    page,
    isMobile,
  }) => {
    await page.goto(READER);
    const mark = page.locator('mark#c-3309-3412');
    await mark.scrollIntoViewIfNeeded();
    if (isMobile) await mark.tap();
    else await mark.click();
    const card = page.getByTestId('reader-card');
    await expect(card).toBeInViewport();
    await expect(card.getByRole('link').first()).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});

test.describe('annotations', () => {
  test('the download quotes each span, and every body is a page of the site', async ({
    request,
  }) => {
    const json = (await (await request.get('/data/annotations.jsonld')).json()) as {
      total: number;
      first: { items: { body: { id: string }; target: { selector: { type: string }[] } }[] };
    };
    expect(json.total).toBe([...citationsOf(dataset)].length);
    for (const item of json.first.items) {
      expect(item.target.selector.map((selector) => selector.type)).toEqual([
        'TextPositionSelector',
        'TextQuoteSelector',
      ]);
    }
    const byPage = new Map<string, Set<string>>();
    for (const { body } of json.first.items) {
      const [path = '', hash] = body.id.split('#');
      byPage.set(path, (byPage.get(path) ?? new Set()).add(hash ?? ''));
    }
    for (const [path, anchors] of byPage) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      for (const anchor of anchors) {
        if (anchor) expect(html, `${path}#${anchor}`).toContain(`id="${anchor}"`);
      }
    }
  });
});
