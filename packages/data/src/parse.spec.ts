import { describe, expect, it } from 'vitest';
import { formatProblems, parseDataset } from './parse.js';
import { makeFixture } from './test-support/fixture.js';

function problemsFor(mutate: (input: ReturnType<typeof makeFixture>) => void) {
  const input = makeFixture();
  mutate(input);
  const result = parseDataset(input);
  expect(result.success).toBe(false);
  return result.problems;
}

describe('parseDataset', () => {
  it('returns the typed dataset when the input is valid', () => {
    const result = parseDataset(makeFixture());
    expect(result.problems).toEqual([]);
    expect(result.data?.events.map((event) => event.id)).toEqual([
      'lantern-assembly',
      'hillfold-pears',
    ]);
  });

  it('rejects a duplicate id and names both places', () => {
    const problems = problemsFor((input) => {
      input.places[1]!.id = 'riverton-county';
    });
    expect(problems).toContainEqual({
      path: 'places[1] "riverton-county".id',
      message: 'duplicate id "riverton-county", first used at places[0]',
    });
  });

  it('names the first use of a repeated id in an earlier collection', () => {
    const problems = problemsFor((input) => {
      input.figures[0]!.id = 'riverton-county';
      input.places[1]!.id = 'hillfold-pears';
    });
    expect(problems).toContainEqual({
      path: 'places[1] "hillfold-pears".id',
      message: 'duplicate id "hillfold-pears", first used at events[1]',
    });
    expect(problems).toContainEqual({
      path: 'figures[0] "riverton-county".id',
      message: 'duplicate id "riverton-county", first used at places[0]',
    });
  });

  it('rejects a dangling reference', () => {
    const problems = problemsFor((input) => {
      input.events[0]!.places = ['atlantis'];
    });
    expect(problems).toContainEqual({
      path: 'events[0] "lantern-assembly".places[0]',
      message: 'refers to "atlantis", which is not in places',
    });
  });

  it('rejects an impossible date', () => {
    const problems = problemsFor((input) => {
      input.events[0]!.date = { kind: 'on', date: '2019-02-30', basis: { kind: 'stated' } };
    });
    expect(problems).toContainEqual({
      path: 'events[0] "lantern-assembly".date.date',
      message: 'is not a real calendar date',
    });
  });

  it('rejects an end before its start', () => {
    const problems = problemsFor((input) => {
      input.events[0]!.date = {
        kind: 'span',
        start: '2016-05-03',
        end: '2016-05-02',
        basis: { kind: 'stated' },
      };
    });
    expect(problems).toContainEqual({
      path: 'events[0] "lantern-assembly".date.end',
      message: '2016-05-02 is before its start 2016-05-03',
    });
  });

  it('rejects a date outside the coverage', () => {
    const problems = problemsFor((input) => {
      input.figures[0]!.asOf = { kind: 'on', date: '2012-11', basis: { kind: 'stated' } };
    });
    expect(problems).toContainEqual({
      path: 'figures[0] "delegate-counties".asOf',
      message: '2012-11-01 lies outside the coverage 2015-01-01 … 2020-12-31',
    });
  });

  it('rejects an offset beyond the text', () => {
    const problems = problemsFor((input) => {
      input.events[1]!.citations[0]!.end = 99_999;
    });
    expect(problems).toContainEqual({
      path: 'events[1] "hillfold-pears".citations[0].end',
      message: expect.stringMatching(
        /^offset 99999 is beyond the text of "fixture-source" \(\d+ characters\)$/,
      ),
    });
  });

  it('rejects an unknown category', () => {
    const problems = problemsFor((input) => {
      (input.events[0] as { category: string }).category = 'parade';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('events[0] "lantern-assembly".category');
    expect(problems[0]?.message).toMatch(/conference/);
  });

  it('rejects a record without citations', () => {
    const problems = problemsFor((input) => {
      input.people[0]!.citations = [];
    });
    expect(problems).toContainEqual({
      path: 'people[0] "mara-quill".citations',
      message: 'every record cites at least one paragraph',
    });
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsFor((input) => {
      input.events[0]!.title = '';
      input.places[0]!.kind = 'planet' as 'county';
      input.figures[0]!.value = Number.NaN;
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      'events[0] "lantern-assembly".title',
      'places[0] "riverton-county".kind',
      'figures[0] "delegate-counties".value',
    ]);
  });

  it('rejects input that is not a dataset at all', () => {
    expect(parseDataset(null).problems[0]?.path).toBe('');
    expect(parseDataset([]).success).toBe(false);
  });
});

describe('formatProblems', () => {
  it('prints one problem a line with its path', () => {
    expect(
      formatProblems([
        { path: 'events[0].date', message: 'bad' },
        { path: '', message: 'not an object' },
      ]),
    ).toBe('events[0].date: bad\n(root): not an object');
  });
});
