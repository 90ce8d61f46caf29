import { describe, expect, it } from 'vitest';
import { formatProblems, parseDataset } from './parse.js';
import { makeFixture } from './test-support/fixture.js';

type Fixture = ReturnType<typeof makeFixture>;

function problemsFor(mutate: (input: Fixture) => void) {
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
      message: '"2019-02-30" is not a real calendar date',
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

  it('finds problems of shape and across records in one pass', () => {
    const problems = problemsFor((input) => {
      delete (input.events[0] as { title?: string }).title;
      input.places.push({ ...input.places[0]!, name: 'Riverton again' });
      input.events[0]!.places = ['atlantis'];
    });
    expect(problems).toEqual([
      {
        path: 'events[0] "lantern-assembly".title',
        message: 'is missing (expected a string)',
      },
      {
        path: 'places[2] "riverton-county".id',
        message: 'duplicate id "riverton-county", first used at places[0]',
      },
      {
        path: 'events[0] "lantern-assembly".places[0]',
        message: 'refers to "atlantis", which is not in places',
      },
    ]);
  });

  it.each([
    [
      'a number for text',
      (input: Fixture) => {
        (input.events[0] as { title: unknown }).title = 42;
      },
      'events[0] "lantern-assembly".title',
      '42 is not a string',
    ],
    [
      'a padded title',
      (input: Fixture) => {
        input.events[0]!.title = ' The Lantern Assembly';
      },
      'events[0] "lantern-assembly".title',
      '" The Lantern Assembly" must not start or end with white space',
    ],
    [
      'an unknown kind of date',
      (input: Fixture) => {
        (input.events[0] as { date: unknown }).date = { kind: 'when', basis: { kind: 'stated' } };
      },
      'events[0] "lantern-assembly".date.kind',
      '"when" is not one of "on", "span", "undated"',
    ],
    [
      'a paragraph 0',
      (input: Fixture) => {
        input.events[0]!.citations[0]!.paragraph = 0;
      },
      'events[0] "lantern-assembly".citations[0].paragraph',
      '0 is less than 1',
    ],
    [
      'an id that is no slug',
      (input: Fixture) => {
        input.people.push({ ...input.people[0]!, id: 'Mara Quill' });
      },
      'people[1] "Mara Quill".id',
      '"Mara Quill" is not a lowercase slug such as "pingli-county"',
    ],
    [
      'a field the schema does not know',
      (input: Fixture) => {
        (input.places[0] as Record<string, unknown>).colour = 'red';
      },
      'places[0] "riverton-county"',
      'has unknown field "colour"',
    ],
  ])('names the offending value: %s', (_name, mutate, path, message) => {
    expect(problemsFor(mutate)).toEqual([{ path, message }]);
  });

  it('checks the parts of a broken record that are sound, and only those', () => {
    const problems = problemsFor((input) => {
      (input.events[0] as { places: unknown }).places = 'riverton-county';
      input.events[0]!.figures = ['nowhere'];
      (input.events[1] as { date: unknown }).date = { kind: 'on', date: '2012-13' };
    });
    expect(problems.map(({ path }) => path)).toEqual([
      'events[0] "lantern-assembly".places',
      'events[1] "hillfold-pears".date.date',
      'events[1] "hillfold-pears".date.basis',
      'events[0] "lantern-assembly".figures[0]',
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
