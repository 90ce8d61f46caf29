import { dataset } from '@corpus/data';
import { expect, test } from './fixtures';

const total = dataset.events.length;

test.describe('keyboard', () => {
  test('reaches the timeline by Tab and walks the events in date order', async ({
    timeline,
    page,
  }) => {
    await timeline.open();
    for (
      let i = 0;
      i < 40 && !(await timeline.frame.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(timeline.frame).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/event=central-work-conference-2015/);
    await expect(timeline.announcer).toContainText(
      `Central Poverty Alleviation and Development Work Conference, 27–28 November 2015. Event 1 of ${total}.`,
    );
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/event=responsibility-letters-22-provinces/);
    await expect(timeline.item('responsibility-letters-22-provinces')).toHaveClass(/vis-selected/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/event=central-work-conference-2015/);
    await page.keyboard.press('End');
    await expect(timeline.announcer).toContainText(`Event ${total} of ${total}.`);
    await page.keyboard.press('Home');
    await expect(timeline.announcer).toContainText(`Event 1 of ${total}.`);
  });

  test('opens the details with Enter and closes them with Escape', async ({ timeline, page }) => {
    await timeline.open();
    await timeline.frame.focus();
    await page.keyboard.press('ArrowRight');
    await expect(timeline.details).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(timeline.details).toBeVisible();
    await expect(timeline.announcer).toHaveText(
      'Details of Central Poverty Alleviation and Development Work Conference opened.',
    );
    await page.keyboard.press('Escape');
    await expect(timeline.details).toBeHidden();
    await expect(timeline.announcer).toHaveText('Details closed.');
  });

  test('walks only the filtered events', async ({ timeline, page }) => {
    await timeline.open('?categories=symposium,inspection-visit');
    await timeline.frame.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/event=decisive-victory-symposium-2020/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/event=shaanxi-inspection-2020/);
    await expect(timeline.announcer).toContainText('Event 2 of 3.');
  });

  test('zooms with + and −', async ({ timeline, page }) => {
    await timeline.open();
    const before = await timeline.window();
    await timeline.frame.focus();
    await page.keyboard.press('+');
    await timeline.windowSettled();
    const zoomed = await timeline.window();
    expect(zoomed.end - zoomed.start).toBeLessThan(before.end - before.start);
    await page.keyboard.press('-');
    await timeline.windowSettled();
    expect(await timeline.window()).toEqual(before);
  });

  test('shows where the focus is', async ({ timeline, page }) => {
    await timeline.open();
    await timeline.frame.focus();
    await page.keyboard.press('ArrowRight');
    const outline = await timeline.frame.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });
});

test.describe('keyboard and focus', () => {
  test('Tab walks the whole page forward and back without being trapped, focus always visible', async ({
    timeline,
    page,
  }) => {
    await timeline.open('?event=shaanxi-inspection-2020');
    const visited: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          text: `${element.tagName} ${element.className} ${element.textContent.slice(0, 30)}`,
          outline: style.outlineStyle,
        };
      });
      if (!focused) break;
      expect(focused.outline, `focus is visible on ${focused.text}`).not.toBe('none');
      visited.push(focused.text);
      if (focused.text.includes('About the data and downloads')) break;
    }
    expect(visited.some((text) => text.includes('timeline-frame'))).toBe(true);
    expect(visited.some((text) => text.includes('Close'))).toBe(true);
    expect(visited.at(-1)).toContain('About the data and downloads');
    for (
      let i = 0;
      i < 80 && !(await timeline.frame.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Shift+Tab');
    }
    await expect(timeline.frame).toBeFocused();
  });

  test('search results are announced', async ({ timeline, page }) => {
    await timeline.open();
    await page.getByRole('searchbox').fill('Pinli');
    await expect(timeline.announcer).toHaveText('1 event matches.');
  });
});

test.describe('reduced motion', () => {
  test('turns the timeline animations off', async ({ timeline, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await timeline.open();
    const before = Number(await timeline.frame.getAttribute('data-range-changes'));
    await page.getByRole('button', { name: '2018', exact: true }).click();
    await timeline.windowSettled();
    await expect(timeline.frame).toHaveAttribute('data-animated', 'false');
    expect(Number(await timeline.frame.getAttribute('data-range-changes')) - before).toBe(1);
  });

  test('animates otherwise, so the check above can fail', async ({ timeline, page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await timeline.open();
    const before = Number(await timeline.frame.getAttribute('data-range-changes'));
    await page.getByRole('button', { name: '2018', exact: true }).click();
    await timeline.windowSettled();
    // The move asked to animate; its frame count is left unchecked, as a busy machine may draw
    // a 300 ms animation in one frame.
    await expect(timeline.frame).toHaveAttribute('data-animated', 'true');
    expect(
      Number(await timeline.frame.getAttribute('data-range-changes')) - before,
    ).toBeGreaterThanOrEqual(1);
  });
});
