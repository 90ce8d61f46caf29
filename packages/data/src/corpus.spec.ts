import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifySourceText } from './citations/verify-text.js';
import { readSourceTexts, verifyCitations } from './citations/verify.js';
import { dataset } from './dataset.js';
import { toAnnotations } from './exports/annotations.js';
import { citationsOf } from './schema/walk.js';
import { annotationsIn, resolveSelector, selectorsOf } from './test-support/annotator.js';

// The source text is not part of the package; CI and developers point CORPUS_SOURCE_DIR at it
// (../shared/corpus beside the project). Unset, the check is skipped and says so; set, it must
// find every text, so a wrong setting fails instead of skipping quietly.
const folder = process.env.CORPUS_SOURCE_DIR ? resolve(process.env.CORPUS_SOURCE_DIR) : undefined;
const texts =
  folder && existsSync(folder) ? readSourceTexts(dataset, folder) : new Map<string, string>();
const available = folder !== undefined;

if (!available) {
  console.warn(
    `[corpus] citation check SKIPPED: set CORPUS_SOURCE_DIR to the folder holding ${dataset.sources
      .map((source) => source.fileName)
      .join(', ')} (it is unset)`,
  );
}

describe('citations against the source text', () => {
  it.runIf(available)('finds every source text where CORPUS_SOURCE_DIR points', () => {
    expect([...texts.keys()]).toEqual(dataset.sources.map((source) => source.id));
  });

  it.skipIf(!available)(
    'checks every citation: hash, offsets in range, terms inside the span',
    () => {
      const report = verifyCitations(dataset, texts);
      expect(report.problems).toEqual([]);
      expect(report.unchecked).toBe(0);
      console.info(`[corpus] ${report.checked} citations checked against ${folder ?? ''}`);
    },
  );

  it.skipIf(!available)(
    'checks the same in a browser: every citation of each source, hashed by Web Crypto',
    async () => {
      for (const source of dataset.sources) {
        const mine = [...citationsOf(dataset)].filter((c) => c.citation.source === source.id);
        const check = await verifySourceText(source, texts.get(source.id) ?? '', mine);
        expect(check.issues).toEqual([]);
        expect(check.checked).toBe(mine.length);
      }
    },
  );

  it.skipIf(!available)(
    'exports annotations whose selectors Apache Annotator resolves to exactly the cited span',
    async () => {
      const items = annotationsIn(toAnnotations(dataset, { baseUrl: '', texts }));
      const citations = [...citationsOf(dataset)];
      expect(items).toHaveLength(citations.length);
      for (const [index, item] of items.entries()) {
        const { source, start, end } = citations[index]!.citation;
        const selectors = selectorsOf(item);
        expect(selectors).toHaveLength(2);
        for (const selector of selectors) {
          expect(await resolveSelector(selector, texts.get(source) ?? ''), item.id).toEqual([
            [start, end],
          ]);
        }
      }
    },
  );

  it.skipIf(!available)('copies no run of eight words from the source into its own prose', () => {
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    const grams = new Set<string>();
    for (const text of texts.values()) {
      const list = words(text);
      for (let i = 0; i + 8 <= list.length; i++) grams.add(list.slice(i, i + 8).join(' '));
    }
    const copied = proseOf(dataset).filter(({ text }) => {
      const list = words(text);
      return list.some((_, i) => i + 8 <= list.length && grams.has(list.slice(i, i + 8).join(' ')));
    });
    expect(copied).toEqual([]);
  });
});

/** Every field written in the project's own words, with where it is. */
function proseOf(data: typeof dataset): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text) out.push({ where, text });
  };
  const basis = (where: string, date: { basis: { kind: string; from?: string } } | undefined) => {
    add(`${where}.basis`, date?.basis.from);
  };
  for (const source of data.sources) {
    add(source.id, source.title);
    basis(source.id, source.date);
    source.notes.forEach((note, i) => {
      add(`${source.id}.notes[${i}]`, note.text);
    });
  }
  for (const event of data.events) {
    add(`${event.id}.title`, event.title);
    add(`${event.id}.summary`, event.summary);
    basis(event.id, event.date);
    event.people.forEach((p, i) => {
      add(`${event.id}.people[${i}]`, p.part);
    });
    event.notes.forEach((note, i) => {
      add(`${event.id}.notes[${i}]`, note.text);
    });
  }
  for (const record of [...data.places, ...data.organisations]) {
    record.notes.forEach((note, i) => {
      add(`${record.id}.notes[${i}]`, note.text);
    });
  }
  for (const person of data.people) {
    add(`${person.id}.label`, person.label);
    person.roles.forEach((role, i) => {
      add(`${person.id}.roles[${i}]`, role.title);
      basis(`${person.id}.roles[${i}]`, role.date);
    });
  }
  for (const figure of data.figures) {
    add(`${figure.id}.label`, figure.label);
    add(`${figure.id}.unit`, figure.unit);
    basis(figure.id, figure.asOf);
  }
  return out;
}
