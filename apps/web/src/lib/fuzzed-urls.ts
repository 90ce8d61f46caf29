/**
 * Fuzzed links to the site, from a seed: the same seed gives the same URLs on every run. The unit
 * tests read thousands of them with the URL-state parser (url-state.spec.ts); the end-to-end
 * fuzz (tests/fuzz.spec.ts) opens a sample of them in the browser.
 */

/** The seeds of the streams both fuzzes read, one per end-to-end batch. */
export const FUZZ_SEEDS = [20151127, 20151128, 20151129, 20151130] as const;

/** What links pick their real values from: the events' ids and the categories they use. */
export function poolsOf(events: readonly { id: string; category: string }[]) {
  return {
    ids: events.map((event) => event.id),
    categories: [...new Set(events.map((event) => event.category))],
  };
}

/** A small seeded generator (mulberry32): the same seed gives the same URLs on every run. */
export function random(seed: number) {
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
/** Percent-encodes most values, but passes some raw so the browser's own parsing is tried too. */
function encode(value: string, rnd: ReturnType<typeof random>) {
  return rnd.next() < 0.8
    ? encodeURIComponent(value)
    : value.replace(/[#\s]/g, (c) => encodeURIComponent(c));
}

/**
 * One odd link to the site: a path under a few of its folders (15%), or the home page with up to
 * five parameters, known and unknown, whose values mix real ids, categories and days with
 * malformed ones. `ids` and `categories` are the dataset's.
 */
export function makeUrl(
  rnd: ReturnType<typeof random>,
  { ids, categories }: { ids: readonly string[]; categories: readonly string[] },
): string {
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
        ? rnd.pick([...ids, ...ODD, ids.join(',')])
        : name === 'from' || name === 'to'
          ? rnd.pick([...DAYS, ...ODD])
          : name === 'categories'
            ? Array.from({ length: Math.floor(rnd.next() * 4) }, () =>
                rnd.pick([...categories, ...ODD]),
              ).join(',')
            : rnd.pick([...ODD, 'secretary', 'Pinli', '2020']);
    params.push(`${name}=${encode(value, rnd)}`);
  }
  return `/?${params.join('&')}`;
}
