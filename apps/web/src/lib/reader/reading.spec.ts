import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReaderData } from '$lib/types';
import { failuresOf, openCopy, readText, verifyText } from './reading';

const TEXT = 'Alpha met Beta in 2016.\nGamma came later.';

function reader(citations: ReaderData['citations']): ReaderData {
  return {
    source: {
      id: 'made-up',
      title: 'A made-up text',
      titleSupplied: false,
      fileName: 'made-up.txt',
      sha256: createHash('sha256').update(TEXT).digest('hex'),
      length: TEXT.length,
      paragraphs: 2,
      machineTranslated: false,
      credits: [],
      notes: [],
    },
    records: [{ kind: 'event', label: 'The meeting', href: '/events/meeting' }],
    citations,
    text: null,
  };
}

const file = (content: string | Uint8Array, name = 'made-up.txt') => ({
  name,
  arrayBuffer: () =>
    Promise.resolve(
      (typeof content === 'string' ? new TextEncoder().encode(content) : content).slice().buffer,
    ),
});

describe('openCopy', () => {
  const data = reader([]);

  it('keeps the text when it is the one the source records', async () => {
    expect(await openCopy(data, file(TEXT))).toEqual({ ok: true, text: TEXT });
  });

  it('refuses a copy with one character changed, with its hash and length', async () => {
    const changed = TEXT.replace('Beta', 'Bets');
    expect(await openCopy(data, file(changed, 'mine.txt'))).toEqual({
      ok: false,
      name: 'mine.txt',
      sha256: createHash('sha256').update(changed).digest('hex'),
      length: changed.length,
      bytes: changed.length,
    });
  });

  it('refuses a copy that carries a byte order mark, and bytes that are not UTF-8', async () => {
    expect((await openCopy(data, file(`\uFEFF${TEXT}`))).ok).toBe(false);
    const refused = await openCopy(data, file(new Uint8Array([0xff, 0xfe, 0x41])));
    expect(refused).toMatchObject({ ok: false, length: null, bytes: 3 });
  });
});

describe('verifyText', () => {
  it('names the record and the reason of each failed citation', async () => {
    const data = reader([
      { paragraph: 1, start: 0, end: 23, terms: ['Beta', '2016'], record: 0 },
      { paragraph: 1, start: 0, end: 23, terms: ['Gamma'], record: 0 },
    ]);
    const check = await verifyText(data, TEXT);
    expect(check.checked).toBe(2);
    expect(failuresOf(check.issues, data)).toEqual([
      {
        record: data.records[0],
        paragraph: 1,
        message: '"Gamma" is not inside the span 0–23',
      },
    ]);
  });
});

describe('readText', () => {
  it('draws one span for citations on the same offsets', () => {
    const data = reader([
      { paragraph: 1, start: 0, end: 23, terms: ['Beta'], record: 0 },
      { paragraph: 1, start: 0, end: 23, terms: ['2016'], record: 0 },
    ]);
    const reading = readText(data, TEXT);
    expect(reading.spans).toHaveLength(1);
    expect(reading.spans[0]?.citations).toEqual([0, 1]);
    expect(reading.paragraphs.map((p) => p.spans)).toEqual([[0], []]);
  });
});
