import { expect, test } from './fixtures';

const PAGES = ['/', '/about', '/events/central-work-conference-2015', '/no/such/page'];

test.describe('content security policy', () => {
  test('every page carries a strict policy', async ({ page, problems }) => {
    problems.allow(
      /^(response 404: .*\/no\/such\/page|console error: Failed to load resource: .* 404 \(Not Found\))$/,
    );
    for (const path of PAGES) {
      await page.goto(path);
      const policy =
        (await page
          .locator('meta[http-equiv="content-security-policy"]')
          .getAttribute('content')) ?? '';
      const directives = new Map(
        policy.split(';').map((part) => {
          const [name = '', ...values] = part.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(policy, path).not.toContain('unsafe-eval');
      expect(
        directives
          .get('script-src')
          ?.every((value) => value === "'self'" || value.startsWith("'sha256-")),
        path,
      ).toBe(true);
      for (const name of ['connect-src', 'font-src', 'default-src']) {
        expect(directives.get(name), `${path} ${name}`).toEqual(["'self'"]);
      }
      // Images from the site, and the PNG the page draws from its own SVG picture.
      expect(directives.get('img-src'), `${path} img-src`).toEqual(["'self'", 'blob:']);
    }
  });

  test('refuses injected inline script and requests to other origins, and the suite notices', async ({
    timeline,
    page,
    problems,
  }) => {
    await timeline.open();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      void fetch('https://example.invalid/leak').catch(() => undefined);
      const image = new Image();
      image.src = 'https://example.invalid/pixel.png';
    });
    await expect
      .poll(
        () =>
          problems.list.filter((problem) => problem.startsWith('console error: CSP violation'))
            .length,
      )
      .toBeGreaterThanOrEqual(3);
    expect(
      await page.evaluate(() => (window as { __injected?: boolean }).__injected),
    ).toBeUndefined();
    expect(problems.list.some((problem) => problem.includes('script-src'))).toBe(true);
    expect(problems.list.some((problem) => problem.includes('connect-src'))).toBe(true);
    expect(problems.list.some((problem) => problem.includes('img-src'))).toBe(true);
    expect(problems.list).toContain('request to another origin: https://example.invalid/pixel.png');
    problems.allow(/Content Security Policy|CSP violation|https:\/\/example\.invalid\//);
  });

  test('a navigation to another origin is reported as a request leaving the site', async ({
    page,
    problems,
  }) => {
    await page.goto('/about');
    await page.evaluate(() => {
      location.href = 'http://127.0.0.2:9/elsewhere';
    });
    await expect
      .poll(() =>
        problems.list.some((problem) =>
          problem.startsWith('request to another origin: http://127.0.0.2:9/'),
        ),
      )
      .toBe(true);
    problems.allow(/127\.0\.0\.2:9/);
  });
});
