import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { dataset } from '@corpus/data';
import { MODULES_REFUSED_WITHOUT_JAVASCRIPT, axeViolations, expect, test } from '../fixtures';
import {
  ALL_CHECK_OUT,
  filesWithPassages,
  NEEDS_TEXT,
  passagesIn,
  SOURCE_FILE,
  SOURCE_TEXT,
} from '../source-text';

const app = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = dataset.sources[0]!;
const READER = `/sources/${source.id}`;
const CONFERENCE_SPAN = 'c-3309-3412';

test.skip(!SOURCE_TEXT, NEEDS_TEXT);

function fileInput(page: Page) {
  return page.getByLabel('Choose the file, or drop it here');
}

/** Opens a file in the reader's "open your copy" input, as a reader choosing it would. */
async function openCopy(page: Page, buffer: Buffer, name = source.fileName) {
  // The input opens once the page's script can take the file.
  await expect(fileInput(page)).toBeEnabled();
  await fileInput(page).setInputFiles({
    name,
    mimeType: 'text/plain',
    buffer,
  });
}

/** The real file with one character changed, keeping its length. */
function changedCopy(): Buffer {
  const bytes = Buffer.from(readFileSync(SOURCE_FILE));
  const at = bytes.indexOf('poverty');
  bytes[at] = 'P'.charCodeAt(0);
  return bytes;
}

async function expectNoPassageOnPage(page: Page) {
  const shown = await page.locator('body').innerText();
  expect(passagesIn(shown, SOURCE_TEXT ?? '')).toEqual([]);
  expect(passagesIn(await page.content(), SOURCE_TEXT ?? '')).toEqual([]);
}

test.describe('a build without the source text', () => {
  test('ships no passage of the source in any file, where the build with it does', () => {
    expect(filesWithPassages(join(app, 'build-no-text'), SOURCE_TEXT ?? '')).toEqual([]);
    const withText = filesWithPassages(join(app, 'build'), SOURCE_TEXT ?? '').map((f) => f.file);
    expect(withText).toContain(`sources/${source.id}.html`);
    expect(withText).toContain('data/annotations.jsonld');
  });

  test('event details give the offsets and a link to open your copy', async ({ page }) => {
    await page.goto('/events/central-work-conference-2015');
    await expect(page.locator('.passage')).toHaveCount(0);
    const link = page
      .getByRole('link', { name: 'open your copy of the source to read it' })
      .first();
    await expect(link).toHaveAttribute('href', `${READER}#${CONFERENCE_SPAN}`);
    await link.click();
    await expect(page.getByRole('heading', { name: 'Open your copy of the source' })).toBeVisible();
    await expect(page.locator(`#${CONFERENCE_SPAN}`)).toContainText(
      'Central Poverty Alleviation and Development Work Conference',
    );
    await expectNoPassageOnPage(page);
  });

  test('opening the real file shows the reader at the cited span, checked in the browser', async ({
    page,
  }) => {
    await page.goto(`${READER}#${CONFERENCE_SPAN}`);
    await expect(page.locator('.reader mark')).toHaveCount(0);
    await openCopy(page, readFileSync(SOURCE_FILE));
    const mark = page.locator(`mark#${CONFERENCE_SPAN}`);
    await expect(mark).toBeFocused();
    await expect(mark).toBeInViewport();
    await expect(page.locator('#p13')).toContainText('November 27 to 28, 2015');
    await expect(page.getByTestId('verification')).toContainText(ALL_CHECK_OUT);
    await expect(page.getByTestId('verification')).toContainText('checked in your browser');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a copy dropped on the page opens the same way', async ({ page }) => {
    await page.goto(READER);
    await expect(fileInput(page)).toBeEnabled();
    const text = readFileSync(SOURCE_FILE, 'utf8');
    const drop = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }));
      return transfer;
    }, text);
    await page.locator('.drop').dispatchEvent('drop', { dataTransfer: drop });
    await expect(page.locator('.reader mark').first()).toBeVisible();
    await expect(page.locator('.reader .paragraph')).toHaveCount(source.text.paragraphs);
  });

  test('a copy with one character changed is refused with both hashes and none of its text', async ({
    page,
  }) => {
    await page.goto(READER);
    await openCopy(page, changedCopy(), 'my-copy.txt');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('my-copy.txt is not the text the facts were drawn from');
    await expect(page.getByTestId('expected-sha256')).toHaveText(source.text.sha256);
    const actual = await page.getByTestId('actual-sha256').textContent();
    expect(actual).toMatch(/^[0-9a-f]{64}$/);
    expect(actual).not.toBe(source.text.sha256);
    await expect(alert).toContainText(`${source.text.length} characters`);
    await expect(page.locator('.reader')).toHaveCount(0);
    await expectNoPassageOnPage(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('its annotations give positions only', async ({ request }) => {
    const json = await (await request.get('/data/annotations.jsonld')).text();
    expect(json).toContain('"TextPositionSelector"');
    expect(json).not.toContain('"TextQuoteSelector"');
  });
});

test.describe('a build without the source text, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('offers no file input that would lose the file', async ({ page, problems }) => {
    problems.allow(MODULES_REFUSED_WITHOUT_JAVASCRIPT);
    await page.goto(READER);
    await expect(page.getByRole('heading', { name: 'Open your copy of the source' })).toBeVisible();
    await expect(fileInput(page)).toBeDisabled();
  });
});
