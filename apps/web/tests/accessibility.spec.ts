import type { Page } from '@playwright/test';
import {
  axeViolations,
  expect,
  holdTimeline,
  openBeforeTakeover,
  test,
  TimelinePage,
} from './fixtures';
import { NEEDS_TEXT, SOURCE_TEXT } from './source-text';

/**
 * The page states axe scans: each opens the page and puts it in that state. The reader's states
 * need the text in the build (without it, tests/no-text/reader.spec.ts scans the reader).
 */
const STATES: { name: string; open: (page: Page) => Promise<void>; needsText?: true }[] = [
  {
    name: 'home with the picture, before vis-timeline takes over',
    open: async (page) => {
      await holdTimeline(page);
      await openBeforeTakeover(page, '/');
      await page.locator('.timeline-picture [data-timeline-item]').first().waitFor();
    },
  },
  { name: 'home with the timeline drawn', open: (page) => new TimelinePage(page).open() },
  {
    name: 'home with the details panel open',
    open: (page) => new TimelinePage(page).open('?event=shaanxi-inspection-2020'),
  },
  {
    name: 'home with filters applied',
    open: (page) =>
      new TimelinePage(page).open('?categories=symposium,first-secretaries&q=secretary'),
  },
  {
    name: 'home with an empty result',
    open: (page) => new TimelinePage(page).open('?q=nothing-matches-this'),
  },
  {
    name: 'the embed with an event selected',
    open: async (page) => {
      await page.goto('/embed?event=shaanxi-inspection-2020');
      await new TimelinePage(page).ready();
    },
  },
  {
    name: 'an event page',
    open: async (page) => {
      await page.goto('/events/first-secretary-qi-zhigang');
    },
  },
  {
    name: 'a page of the list',
    open: async (page) => {
      await page.goto('/list/1');
    },
  },
  {
    name: 'the source reader',
    open: async (page) => {
      await page.goto('/sources/f16439b826a9ee91');
      await page.getByText('checked in your browser').waitFor();
    },
    needsText: true,
  },
  {
    name: 'the source reader at a cited span with its records shown',
    open: async (page) => {
      await page.goto('/sources/f16439b826a9ee91#c-3309-3412');
      await page.getByTestId('reader-card').waitFor();
    },
    needsText: true,
  },
  {
    name: 'the places page',
    open: async (page) => {
      await page.goto('/places');
    },
  },
  {
    name: 'the about page',
    open: async (page) => {
      await page.goto('/about');
    },
  },
  {
    name: 'the 404 page',
    open: async (page) => {
      await page.goto('/no/such/page');
    },
  },
];

const NOT_FOUND =
  /^(response 404: .*\/no\/such\/page|console error: Failed to load resource: the server responded with a status of 404 \(Not Found\))$/;

// Light on a desktop and a phone (@phone), dark on a desktop.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${scheme} scheme${scheme === 'light' ? ' @phone' : ''}`, () => {
    test.use({ colorScheme: scheme });

    for (const state of STATES) {
      test(`axe finds no WCAG 2.1 A or AA violation on ${state.name}`, async ({
        page,
        problems,
      }) => {
        test.skip(state.needsText === true && !SOURCE_TEXT, NEEDS_TEXT);
        problems.allow(NOT_FOUND);
        await state.open(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
