import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Tests with JavaScript on share one page per worker (sharedPage in fixtures.ts): what one test
// does to it must not reach the next. Serial, so both run in one worker, one after the other.
test.describe('the page a worker shares between tests', () => {
  test.describe.configure({ mode: 'serial' });
  let first: Page | undefined;

  test('is changed every way a test may change it', async ({ page, context, baseURL }) => {
    first = page;
    await page.route('**/about', (route) =>
      route.fulfill({ contentType: 'text/plain', body: 'routed' }),
    );
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce', media: 'print' });
    await page.setViewportSize({ width: 333, height: 444 });
    await context.grantPermissions(['clipboard-read'], { origin: baseURL });
    await context.addCookies([{ name: 'left', value: 'over', url: baseURL ?? '' }]);
    await context.newPage();
    await page.goto('/');
    await page.mouse.move(200, 200);
    expect(await (await page.goto('/about'))?.text()).toBe('routed');
  });

  test('comes to the next test as a new page would', async ({ page, context, viewport }) => {
    expect(page, 'the same page, shared').toBe(first);
    expect(page.url()).toBe('about:blank');
    expect(context.pages()).toEqual([page]);
    expect(await context.cookies()).toEqual([]);
    expect(page.viewportSize()).toEqual(viewport);
    expect(await (await page.goto('/about'))?.text()).not.toBe('routed');
    const state = await page.evaluate(async () => ({
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      reduced: matchMedia('(prefers-reduced-motion: reduce)').matches,
      print: matchMedia('print').matches,
      clipboard: (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName }))
        .state,
    }));
    expect(state).toEqual({ dark: false, reduced: false, print: false, clipboard: 'prompt' });
  });
});
