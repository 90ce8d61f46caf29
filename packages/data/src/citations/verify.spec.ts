import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parse.js';
import type { Dataset } from '../schema/dataset.js';
import { FIXTURE_SOURCE, FIXTURE_TEXT, makeFixture } from '../test-support/fixture.js';
import { createHash } from 'node:crypto';
import { describePath } from '../path.js';
import { citationsOf } from '../schema/walk.js';
import { locate } from './locate.js';
import { sha256Hex } from './sha256.js';
import { verifySourceText } from './verify-text.js';
import { readSourceTexts, verifyCitations } from './verify.js';

function fixture(
  mutate: (input: ReturnType<typeof makeFixture>) => void = () => undefined,
): Dataset {
  const input = makeFixture();
  mutate(input);
  const result = parseDataset(input);
  if (!result.success) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

const texts = new Map([[FIXTURE_SOURCE, FIXTURE_TEXT]]);

describe('verifyCitations', () => {
  it('accepts citations whose terms lie inside their spans', () => {
    const report = verifyCitations(fixture(), texts);
    expect(report.problems).toEqual([]);
    expect(report.checked).toBe(7);
    expect(report.unchecked).toBe(0);
  });

  it('rejects a term that is not inside its span', () => {
    const report = verifyCitations(
      fixture((input) => {
        input.events[0]!.citations[0]!.terms.push('Hillfold');
      }),
      texts,
    );
    expect(report.problems).toEqual([
      {
        path: 'events[0] "lantern-assembly".citations[0].terms[2]',
        message: expect.stringMatching(/^"Hillfold" is not inside the span \d+–\d+$/),
      },
    ]);
  });

  it('rejects a span that leaves its paragraph', () => {
    const report = verifyCitations(
      fixture((input) => {
        input.events[0]!.citations[0]!.paragraph = 3;
      }),
      texts,
    );
    expect(report.problems[0]?.path).toBe('events[0] "lantern-assembly".citations[0].start');
    expect(report.problems[0]?.message).toMatch(/is not inside paragraph 3/);
  });

  it('rejects a text whose hash, length or paragraph count differs', () => {
    const report = verifyCitations(fixture(), new Map([[FIXTURE_SOURCE, `${FIXTURE_TEXT}\nmore`]]));
    expect(report.problems.map((problem) => problem.path)).toEqual([
      'sources[0] "fixture-source".text.sha256',
      'sources[0] "fixture-source".text.length',
      'sources[0] "fixture-source".text.paragraphs',
    ]);
  });

  it('counts citations as unchecked when their text is missing', () => {
    const report = verifyCitations(fixture(), new Map());
    expect(report).toEqual({ checked: 0, unchecked: 7, problems: [] });
  });

  it('reads source texts by file name and skips missing files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'corpus-texts-'));
    expect(readSourceTexts(fixture(), folder).size).toBe(0);
    writeFileSync(join(folder, 'fixture.txt'), FIXTURE_TEXT);
    expect(readSourceTexts(fixture(), folder).get(FIXTURE_SOURCE)).toBe(FIXTURE_TEXT);
  });
});

describe('verifySourceText', () => {
  it('applies the same rules as verifyCitations to one source, hashing with Web Crypto', async () => {
    const data = fixture((input) => {
      input.events[0]!.citations[0]!.terms.push('Hillfold');
      input.places[0]!.citations[0]!.paragraph = 3;
    });
    const check = await verifySourceText(data.sources[0]!, FIXTURE_TEXT, citationsOf(data));
    expect(check.checked).toBe(7);
    const report = verifyCitations(data, texts);
    expect(report.problems).toHaveLength(2);
    expect(
      check.issues.map((issue) => ({
        path: describePath(issue.path, data),
        message: issue.message,
      })),
    ).toEqual(report.problems);
  });

  it('reports a copy with one character changed by its hash', async () => {
    const changed = `${FIXTURE_TEXT.slice(0, 10)}X${FIXTURE_TEXT.slice(11)}`;
    const check = await verifySourceText(fixture().sources[0]!, changed, []);
    expect(check.issues).toEqual([
      {
        path: ['text', 'sha256'],
        message: `the text's SHA-256 is ${await sha256Hex(changed)}, not the recorded ${fixture().sources[0]!.text.sha256}`,
      },
    ]);
  });
});

describe('sha256Hex', () => {
  it('hashes text as UTF-8 and bytes as they are, as node:crypto does', async () => {
    const text = '▲ Mara Quill, 1,200 growers';
    const expected = createHash('sha256').update(text, 'utf8').digest('hex');
    expect(await sha256Hex(text)).toBe(expected);
    expect(await sha256Hex(new TextEncoder().encode(text))).toBe(expected);
  });
});

describe('locate', () => {
  it('spans the whole sentences that hold the terms', () => {
    const citation = locate(FIXTURE_TEXT, FIXTURE_SOURCE, 1, ['12 counties']);
    expect(FIXTURE_TEXT.slice(citation.start, citation.end)).toBe(
      'Delegates from 12 counties came.',
    );
  });

  it('throws when a term is not in the paragraph', () => {
    expect(() => locate(FIXTURE_TEXT, FIXTURE_SOURCE, 1, ['pears'])).toThrow(
      '"pears" is not in paragraph 1',
    );
    expect(() => locate(FIXTURE_TEXT, FIXTURE_SOURCE, 9, ['pears'])).toThrow('no paragraph 9');
  });
});
