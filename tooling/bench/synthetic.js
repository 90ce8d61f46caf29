/**
 * A synthetic dataset of any size, valid under @corpus/data's schemas and the same on every run
 * (a seeded generator), for benchmarks and for building the app at scale. Its facts are
 * invented and cite an invented source; it never ships.
 */
import { createHash } from 'node:crypto';
import { Category } from '@corpus/data/schema';

const SOURCE = 'synthetic-source';
const PARAGRAPH_LENGTH = 200;
const PARAGRAPHS = 1000;

/** mulberry32: small, fast and deterministic. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const day = (time) => {
  const date = new Date(time);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/**
 * @param {number} count how many events
 * @param {number} [seed]
 * @returns {import('@corpus/data').DatasetInput}
 */
export function makeSyntheticDataset(count, seed = 1) {
  const next = random(seed);
  const categories = Category.options;
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2020, 11, 31) - start;
  const cite = (paragraph) => ({
    source: SOURCE,
    paragraph,
    start: (paragraph - 1) * PARAGRAPH_LENGTH,
    end: (paragraph - 1) * PARAGRAPH_LENGTH + 20,
    terms: [`term ${paragraph}`],
  });
  const places = Array.from({ length: 50 }, (_, i) => ({
    id: `place-${i}`,
    name: `Place ${i}`,
    kind: i < 10 ? 'province' : 'county',
    aliases: [],
    parents: i < 10 ? [] : [`place-${i % 10}`],
    notes: [],
    citations: [cite(1 + (i % PARAGRAPHS))],
  }));
  const people = Array.from({ length: 50 }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    label: `Person ${i}`,
    roles: [{ title: 'Secretary', place: `place-${i}`, citations: [cite(1 + (i % PARAGRAPHS))] }],
    citations: [cite(1 + (i % PARAGRAPHS))],
  }));
  const events = Array.from({ length: count }, (_, i) => {
    const roll = next();
    const at = start + Math.floor(next() * span);
    const date =
      roll < 0.1
        ? { kind: 'undated', basis: { kind: 'not-stated' } }
        : roll < 0.2
          ? { kind: 'on', date: day(at).slice(0, 7), basis: { kind: 'stated' } }
          : roll < 0.4
            ? {
                kind: 'span',
                start: day(at),
                end: day(Math.min(at + Math.floor(next() * 30) * 86400000, start + span)),
                basis: { kind: 'stated' },
              }
            : { kind: 'on', date: day(at), basis: { kind: 'stated' } };
    return {
      id: `event-${i}`,
      title: `Synthetic event ${i}`,
      summary: `An invented event number ${i}, for measuring the app at scale.`,
      category: categories[i % categories.length],
      date,
      places: [`place-${Math.floor(next() * places.length)}`],
      people: [{ person: `person-${Math.floor(next() * people.length)}` }],
      organisations: [],
      figures: [],
      related:
        i > 0 && next() < 0.2
          ? [{ event: `event-${Math.floor(next() * i)}`, relation: 'same-theme' }]
          : [],
      notes: [],
      citations: [cite(1 + (i % PARAGRAPHS))],
    };
  });
  return {
    name: 'synthetic',
    version: '0.0.0',
    coverage: { start: '2015-01-01', end: '2020-12-31' },
    sources: [
      {
        id: SOURCE,
        title: 'An invented source for benchmarks',
        kind: 'other',
        language: 'en',
        machineTranslated: false,
        fileName: 'synthetic.txt',
        text: {
          sha256: '0'.repeat(64),
          length: PARAGRAPH_LENGTH * PARAGRAPHS,
          paragraphs: PARAGRAPHS,
        },
        date: { kind: 'on', date: '2020', basis: { kind: 'stated' } },
        credits: [],
        notes: [],
      },
    ],
    events,
    places,
    people,
    organisations: [],
    figures: [],
  };
}

const WORDS = [
  'county',
  'village',
  'secretary',
  'plan',
  'road',
  'school',
  'water',
  'tea',
  'income',
  'team',
  'cadre',
  'market',
  'loan',
  'house',
  'farm',
  'work',
  'letter',
  'visit',
  'park',
  'fund',
];

/**
 * An invented source text of about `characters` characters in paragraphs of `paragraphLength`,
 * and a synthetic dataset of `events` events whose records cite it `citations` times in all, at
 * spans of whole words that overlap now and then, each resting on a word inside it; the source
 * records the text's real SHA-256, length and paragraphs, so every citation checks out. For the
 * reader benchmark; it never ships.
 * @param {{ events: number, characters: number, citations: number, paragraphLength?: number, seed?: number }} options
 * @returns {{ dataset: import('@corpus/data').DatasetInput, text: string }}
 */
export function makeSyntheticCorpus({
  events,
  characters,
  citations,
  paragraphLength = 500,
  seed = 1,
}) {
  const next = random(seed);
  /** @type {string[]} */
  const lines = [];
  for (let total = 0; total < characters; total += (lines.at(-1)?.length ?? 0) + 1) {
    let line = `Paragraph ${lines.length + 1}.`;
    while (line.length < paragraphLength - 12) {
      line += ` ${WORDS[Math.floor(next() * WORDS.length)]}${Math.floor(next() * 100)}`;
    }
    lines.push(`${line}.`);
  }
  const paragraphs = lines.length;
  const text = `${lines.join('\n')}\n`;
  /** @type {number[]} */
  const starts = [];
  lines.reduce((offset, line) => (starts.push(offset), offset + line.length + 1), 0);
  const wordsOf = lines.map((line) => [...line.matchAll(/[a-z]+\d+/g)]);

  /**
   * Citation number `n`: the n-th span of its paragraph (they take turns), five words long and
   * every seventh nine, so it overlaps the next; it rests on its first word.
   */
  const cite = (n) => {
    const p = n % paragraphs;
    const words = wordsOf[p] ?? [];
    const from = (Math.floor(n / paragraphs) * 5) % Math.max(1, words.length - 8);
    const to = Math.min(words.length - 1, from + (n % 7 === 0 ? 8 : 4));
    const [first, last] = [words[from], words[to]];
    const base = starts[p] ?? 0;
    return {
      source: SOURCE,
      paragraph: p + 1,
      start: base + (first?.index ?? 0),
      end: base + (last?.index ?? 0) + (last?.[0].length ?? 1),
      terms: [first?.[0] ?? 'Paragraph'],
    };
  };

  const dataset = makeSyntheticDataset(events, seed);
  const others = [...dataset.places, ...dataset.people, ...dataset.people.flatMap((p) => p.roles)];
  let n = 0;
  for (const record of others) record.citations = [cite(n++)];
  const perEvent = Math.max(1, Math.floor((citations - n) / events));
  dataset.events.forEach((event, i) => {
    const count = i === events - 1 ? citations - n : perEvent;
    event.citations = Array.from({ length: count }, () => cite(n++));
  });
  dataset.sources[0].text = {
    sha256: createHash('sha256').update(text).digest('hex'),
    length: text.length,
    paragraphs,
  };
  return { dataset, text };
}
