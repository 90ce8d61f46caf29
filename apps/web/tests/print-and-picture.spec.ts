import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { dataset } from '@corpus/data';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LANES, expect, test } from './fixtures';

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Each page of a PDF: its size and its text, as pdf.js reads them. */
async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes, useSystemFonts: true }).promise;
  const pages: { width: number; height: number; text: string }[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    // Compared without spaces: pdf.js splits some ligatures ("fi rst") and joins some words.
    pages.push({ width, height, text: squeeze(text) });
  }
  return pages;
}

/** Clicks a download button and returns the file it saved. */
async function download(page: Page, name: RegExp) {
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const file = await saving;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test.describe('print', () => {
  test('prints the picture on a landscape page, then the list with dates and citations', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    const pages = await readPdf(
      new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })),
    );
    const [first, ...rest] = pages;
    if (!first) throw new Error('the PDF has no page');
    expect(first.width).toBeGreaterThan(first.height);
    expect(first.text).toContain(squeeze('1 January 2015 – 31 December 2020'));
    for (const lane of LANES) expect(first.text).toContain(squeeze(lane));
    expect(first.text).toContain(
      squeeze('Central Poverty Alleviation and Development Work Conference'),
    );
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((p) => p.height > p.width)).toBe(true);
    const list = rest.map((p) => p.text).join('');
    for (const event of dataset.events) {
      expect(list, event.id).toContain(squeeze(event.title));
      const paragraph = event.citations[0]?.paragraph;
      expect(list, event.id).toContain(`paragraph${paragraph}`);
    }
    expect(list).toContain(squeeze('27–28 November 2015'));
    expect(list).toContain(squeeze('Not dated, by 2020'));
    // Nothing of the interactive page is printed.
    expect(list).not.toContain('Zoomin');
  });
});

test.describe('download picture', () => {
  test('saves the view as an SVG that holds its items, dates and source credit', async ({
    timeline,
    page,
  }) => {
    await timeline.open(
      '?from=2019-07-01&to=2020-06-30&categories=symposium,inspection-visit&event=shaanxi-inspection-2020',
    );
    await timeline.windowSettled();
    const file = await download(page, /as SVG/);
    expect(file.name).toBe('corpus-timeline-2019-07-01-to-2020-06-30.svg');
    const svg = file.bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        text: doc.documentElement.textContent,
        root: doc.documentElement.nodeName,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    const text = parsed.text.replace(/\s+/g, ' ');
    expect(text).toContain('The 2015–2020 poverty alleviation campaign');
    expect(text).toContain('1 July 2019 – 30 June 2020');
    expect(text).toContain('Categories: Symposium, Inspection visits');
    expect(text).toContain('Source: Feature on');
    expect(text).toContain('Symposium on winning the decisive battle against poverty');
    expect(text).toContain('Xi inspects poverty alleviation');
    expect(text).not.toContain('Central Poverty Alleviation and Development Work Conference');
    expect(text).toContain('Symposium');
    expect(text).not.toContain('First secretaries');
  });

  test('saves the view as a PNG drawn from the same picture', async ({ timeline, page }) => {
    await timeline.open();
    const file = await download(page, /as PNG/);
    expect(file.name).toBe('corpus-timeline-2015-01-01-to-2020-12-31.png');
    const { bytes } = file;
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    // IHDR: twice the SVG's 1200 px width.
    expect(bytes.readUInt32BE(16)).toBe(2400);
    // It shows the lanes in their colours: the symposium's teal is drawn somewhere.
    const teal = await page.evaluate(async (base64) => {
      const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], {
        type: 'image/png',
      });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
        if (Math.abs(r - 0x0f) + Math.abs(g - 0x76) + Math.abs(b - 0x6e) < 40) count++;
      }
      return count;
    }, bytes.toString('base64'));
    expect(teal).toBeGreaterThan(100);
  });
});
