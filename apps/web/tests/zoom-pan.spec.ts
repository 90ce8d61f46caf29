import { COVERAGE, expect, test } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;

test.describe('zooming and panning', () => {
  test('zooms in with the wheel and never zooms out past 2015–2020', async ({ timeline, page }) => {
    await timeline.open();
    const { x, y } = await timeline.centre();
    await page.mouse.move(x, y);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
    await timeline.windowSettled();
    const zoomed = await timeline.window();
    expect(zoomed.end - zoomed.start).toBeLessThan(COVERAGE.end - COVERAGE.start);
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 400);
    await timeline.windowSettled();
    expect(await timeline.window()).toEqual(COVERAGE);
  });

  test('pans by dragging but never past either end', async ({ timeline, page }) => {
    // Up to twenty drags, each waiting for the window to settle: slow on a busy machine.
    test.slow();
    await timeline.open('?from=2017-01-01&to=2017-12-31');
    const { x, y, box } = await timeline.centre();
    const before = await timeline.window();
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + box.width * 0.3, y, { steps: 8 });
    await page.mouse.up();
    await timeline.windowSettled();
    const after = await timeline.window();
    expect(after.start).toBeLessThan(before.start);
    // Drag towards each end until it is reached, checking after every drag that the window never
    // passes it (a drag across the area moves about a year, so ten drags are plenty).
    const dragUntil = async (
      from: number,
      to: number,
      reached: (w: { start: number; end: number }) => boolean,
    ) => {
      for (let i = 0; i < 10; i++) {
        await page.mouse.move(from, y);
        await page.mouse.down();
        await page.mouse.move(to, y, { steps: 4 });
        await page.mouse.up();
        await timeline.windowSettled();
        await timeline.expectWindowInsideCoverage();
        if (reached(await timeline.window())) return;
      }
      throw new Error('ten drags did not reach the end of the period');
    };
    await dragUntil(box.x + 20, box.x + box.width - 20, (w) => w.start === COVERAGE.start);
    await dragUntil(box.x + box.width - 20, box.x + 20, (w) => w.end === COVERAGE.end);
  });

  test('zooms with the buttons, jumps to a year and shows the whole period again', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await timeline.windowSettled();
    const zoomed = await timeline.window();
    expect(zoomed.end - zoomed.start).toBeLessThan(COVERAGE.end - COVERAGE.start);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await timeline.windowSettled();
    expect(await timeline.window()).toEqual(COVERAGE);
    await page.getByRole('button', { name: '2018', exact: true }).click();
    await timeline.windowSettled();
    expect(await timeline.window()).toEqual({
      start: Date.UTC(2018, 0, 1),
      end: Date.UTC(2019, 0, 1),
    });
    await expect(page).toHaveURL(/from=2018-01-01&to=2018-12-31/);
    await page.getByRole('button', { name: 'Whole period' }).click();
    await timeline.windowSettled();
    expect(await timeline.window()).toEqual(COVERAGE);
    await expect(page).not.toHaveURL(/from=/);
  });

  test('keeps a window asked for by the URL inside the coverage', async ({ timeline }) => {
    await timeline.open('?from=2020-06-01&to=2022-05-31');
    await expect(timeline.notices).toContainText('showing 2019-01-02 to 2020-12-31');
    await timeline.windowSettled();
    const { start, end } = await timeline.window();
    expect(end).toBe(COVERAGE.end);
    expect(Math.round((end - start) / DAY)).toBe(730);
    await timeline.expectWindowInsideCoverage();
  });
});
