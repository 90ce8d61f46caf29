import { expect, test } from './fixtures';

test.describe('one selection in two views', () => {
  test('selecting in the list highlights the item and brings it into the timeline view', async ({
    timeline,
    page,
  }) => {
    await timeline.open('?from=2016-01-01&to=2016-12-31');
    await timeline.listEntry('shaanxi-inspection-2020').getByRole('link').click();
    await expect(timeline.item('shaanxi-inspection-2020')).toHaveClass(/vis-selected/);
    await timeline.windowSettled();
    const { start, end } = await timeline.window();
    const day = Date.UTC(2020, 3, 21);
    expect(start).toBeLessThanOrEqual(day);
    expect(end).toBeGreaterThanOrEqual(day);
    await expect(timeline.listEntry('shaanxi-inspection-2020')).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(page).toHaveURL(/event=shaanxi-inspection-2020/);
  });

  test('selecting in the timeline marks the list entry and scrolls it into view', async ({
    timeline,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await timeline.open();
    await timeline.showUndated();
    await timeline.item('first-secretary-zhang-jinli').click();
    const entry = timeline.listEntry('first-secretary-zhang-jinli');
    await expect(entry).toHaveAttribute('aria-current', 'true');
    await expect(entry).toBeInViewport();
  });
});
