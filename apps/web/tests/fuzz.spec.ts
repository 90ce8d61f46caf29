import { dataset } from '@corpus/data';
import { expect, test } from './fixtures';

/** A small seeded generator (mulberry32): the same seed gives the same URLs on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, pick };
}

const SEED = 20151127;
const URLS_PER_TEST = 52;
const TESTS = 4;

const ODD = [
  '',
  ' ',
  '%',
  '%%41',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  '\u0000\u0007\u001b[31m',
  '\u202eevil\u202c',
  '\u200b\u200d\ufeff',
  '👩🏽‍🌾🧧',
  'Ω≈ç√∫˜µ≤≥÷',
  '中文 测试',
  "'; DROP TABLE events; --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '+++',
  'a'.repeat(5000),
  '9'.repeat(400),
  '-1',
  'NaN',
  'null',
  'undefined',
  '[object Object]',
];
const DAYS = [
  '2015-01-01',
  '2017-06-15',
  '2020-12-31',
  '2014-12-31',
  '2021-01-01',
  '1999-02-28',
  '2019-02-29',
  '2020-02-30',
  '2020-13-01',
  '20-01-01',
  '2020-1-1',
  '2020-01-01T00:00',
  '+002020-01-01',
  '0000-00-00',
];
const IDS = dataset.events.map((event) => event.id);
const CATEGORIES = [...new Set(dataset.events.map((event) => event.category))];

/** Percent-encodes most values, but passes some raw so the browser's own parsing is tried too. */
function encode(value: string, rnd: ReturnType<typeof random>) {
  return rnd.next() < 0.8
    ? encodeURIComponent(value)
    : value.replace(/[#\s]/g, (c) => encodeURIComponent(c));
}

function makeUrl(rnd: ReturnType<typeof random>): string {
  const kind = rnd.next();
  if (kind < 0.15) {
    const segments = Array.from({ length: 1 + Math.floor(rnd.next() * 3) }, () =>
      encode(rnd.pick([...ODD.filter(Boolean), 'events', 'data', 'about', 'x']), rnd),
    );
    return `/${rnd.pick(['', 'events/', 'data/', '_app/', 'about/'])}${segments.join('/')}`;
  }
  const params: string[] = [];
  const count = Math.floor(rnd.next() * 6);
  for (let i = 0; i < count; i++) {
    const name = rnd.pick([
      'event',
      'from',
      'to',
      'categories',
      'q',
      'event',
      'from',
      'unknown',
      '',
    ]);
    const value =
      name === 'event'
        ? rnd.pick([...IDS, ...ODD, IDS.join(',')])
        : name === 'from' || name === 'to'
          ? rnd.pick([...DAYS, ...ODD])
          : name === 'categories'
            ? Array.from({ length: Math.floor(rnd.next() * 4) }, () =>
                rnd.pick([...CATEGORIES, ...ODD]),
              ).join(',')
            : rnd.pick([...ODD, 'secretary', 'Pinli', '2020']);
    params.push(`${name}=${encode(value, rnd)}`);
  }
  return `/?${params.join('&')}`;
}

test.describe('fuzzed URLs', () => {
  for (let index = 0; index < TESTS; index++) {
    test(`batch ${index + 1} of ${TESTS}: every URL renders a working page or the 404 page`, async ({
      page,
      problems,
    }) => {
      test.setTimeout(URLS_PER_TEST * 4_000);
      const rnd = random(SEED + index);
      const notFound = new Set<string>();
      problems.allow(
        /^console error: Failed to load resource: the server responded with a status of 404 \(Not Found\)$/,
      );
      problems.allow(/^response 404: /);
      // Going to the next URL at once cancels what the last page was still fetching.
      problems.allow(/^request failed: .* \(net::ERR_ABORTED\)$/);
      for (let i = 0; i < URLS_PER_TEST; i++) {
        const url = makeUrl(rnd);
        const label = url.length > 120 ? `${url.slice(0, 120)}…` : url;
        const response = await page.goto(url);
        const status = response?.status();
        const heading = page.getByRole('heading', { level: 1 });
        // Waiting with waitFor (which watches the page) rather than polling keeps 200 loads quick.
        if (status === 404) {
          notFound.add(response?.url() ?? url);
          expect(await heading.textContent(), label).toBe('Page not found');
          continue;
        }
        expect(status, label).toBe(200);
        expect(await heading.textContent(), label).toContain('poverty alleviation campaign');
        await page.locator('.timeline-frame[data-status="ready"]').waitFor({ timeout: 10_000 });
        // Either events are listed or the page says that none match.
        await page.locator('.event-list li, .list .empty').first().waitFor({ state: 'visible' });
      }
      // Only the documents asked for may have been 404s, never an asset of a page.
      const responses404 = problems.list
        .filter((problem) => problem.startsWith('response 404: '))
        .map((problem) => problem.slice(14));
      expect(responses404.filter((url) => !notFound.has(url))).toEqual([]);
    });
  }
});
