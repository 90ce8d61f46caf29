import { dataset } from '@corpus/data';
import { expect, test } from './fixtures';

const EVENT = dataset.events.find((event) => event.id === 'central-work-conference-2015')!;

test.describe('cite this', () => {
  test('an event page gives a reference naming the fact, the dataset, its version and the source paragraph', async ({
    page,
  }) => {
    await page.goto(`/events/${EVENT.id}`);
    const reference = page.locator('.cite .reference');
    await expect(reference).toContainText(`${EVENT.title} [Dataset]`);
    await expect(reference).toContainText(`(Version ${dataset.version})`);
    await expect(reference).toContainText(
      `Source: ${dataset.sources[0]!.title}, paragraph ${EVENT.citations[0]!.paragraph}.`,
    );
  });

  test('copies the reference to the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/events/${EVENT.id}`);
    await page.getByRole('button', { name: 'Copy reference' }).click();
    await expect(page.locator('.cite [role="status"]')).toHaveText('Reference copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('.cite .reference').textContent());
  });

  test('selects the reference for the reader to copy where the clipboard is refused', async ({
    page,
  }) => {
    await page.goto(`/events/${EVENT.id}`);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
    });
    await page.getByRole('button', { name: 'Copy reference' }).click();
    await expect(page.locator('.cite [role="status"]')).toContainText('press Ctrl+C');
    // A selected block ends with a line break; the text is the reference.
    expect((await page.evaluate(() => window.getSelection()?.toString()))?.trim()).toBe(
      await page.locator('.cite .reference').textContent(),
    );
  });

  test('the details panel cites the selected event', async ({ timeline }) => {
    await timeline.open(`?event=${EVENT.id}`);
    await expect(
      timeline.details.getByRole('term').filter({ hasText: 'Cite this event' }),
    ).toBeVisible();
    await expect(timeline.details.locator('.cite .reference')).toContainText(EVENT.title);
  });

  test('an event downloads as BibTeX, RIS and CSL-JSON, each naming it and the version', async ({
    page,
    request,
  }) => {
    await page.goto(`/events/${EVENT.id}`);
    const links = page.locator('.cite a[download]');
    await expect(links).toHaveText(['BibTeX', 'RIS', 'CSL-JSON']);
    const [bib, ris, csl] = await links.evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute('href') ?? ''),
    );
    expect([bib, ris, csl]).toEqual([
      `/events/${EVENT.id}.bib`,
      `/events/${EVENT.id}.ris`,
      `/events/${EVENT.id}.csl.json`,
    ]);
    const bibtex = await (await request.get(bib!)).text();
    expect(bibtex).toMatch(/^@dataset\{corpus_timeline_central_work_conference_2015,/);
    expect(bibtex).toContain(`version = {${dataset.version}}`);
    const lines = (await (await request.get(ris!)).text()).split('\n');
    expect(lines).toContain(`TI  - ${EVENT.title}`);
    expect(lines).toContain(`ET  - ${dataset.version}`);
    const response = await request.get(csl!);
    expect(await response.json()).toMatchObject([
      { id: EVENT.id, title: EVENT.title, version: dataset.version },
    ]);
  });

  test('the about page cites the whole dataset, with its files among the downloads', async ({
    page,
    request,
  }) => {
    await page.goto('/about');
    await expect(page.locator('.cite .reference')).toContainText(
      `(Version ${dataset.version}) [Dataset]`,
    );
    for (const file of ['citation.bib', 'citation.ris', 'citation.csl.json']) {
      await expect(page.locator(`.downloads a[href="/data/${file}"]`)).toBeVisible();
      expect((await request.get(`/data/${file}`)).status(), file).toBe(200);
    }
  });
});
