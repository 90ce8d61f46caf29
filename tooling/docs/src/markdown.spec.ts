import { describe, expect, it } from 'vitest';
import { blocksOf, commandsOf, expectedOutput, missingLines, parseMarker } from './markdown.js';

describe('blocksOf', () => {
  it('reads each fenced block with the marker above it', () => {
    const blocks = blocksOf(
      [
        '# Title',
        '',
        '<!-- docs: consumer, given changed.json, needs CORPUS_SOURCE_DIR -->',
        '',
        '```sh',
        'npx corpus-data validate changed.json',
        '```',
        '',
        'Text between.',
        '',
        '```ts',
        "console.log('no marker');",
        '```',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      {
        line: 5,
        lang: 'sh',
        code: 'npx corpus-data validate changed.json',
        marker: {
          mode: 'consumer',
          given: ['changed.json'],
          needs: ['CORPUS_SOURCE_DIR'],
        },
      },
      { line: 11, lang: 'ts', code: "console.log('no marker');", marker: undefined },
    ]);
  });

  it('keeps a marker only for the block right below it', () => {
    const [block] = blocksOf('<!-- docs: repository -->\nSome text.\n\n```sh\nls\n```');
    expect(block?.marker).toBeUndefined();
  });

  it('reads the test-command markers that .ci/run uses', () => {
    const [block] = blocksOf(
      '<!-- test-command -->\n\n```sh\nnpx pnpm test\n```\n\n<!-- /test-command -->',
    );
    expect(block?.marker?.mode).toBe('test-command');
  });
});

describe('parseMarker', () => {
  it('reads why a block is not run', () => {
    expect(parseMarker('docs: not run (an example of output)')).toEqual({
      mode: 'not run',
      given: [],
      needs: [],
      reason: 'an example of output',
    });
  });

  it('leaves other comments alone and refuses unknown modes', () => {
    expect(parseMarker('weight: written by a tool')).toBeUndefined();
    expect(() => parseMarker('docs: sometimes')).toThrow(/unknown docs marker "docs: sometimes"/);
    expect(() => parseMarker('docs: consumer, given')).toThrow(/unknown option "given"/);
    expect(() => parseMarker('docs: not run')).toThrow(/unknown docs marker/);
  });
});

describe('commandsOf', () => {
  it('reads commands, what they print and how they exit', () => {
    expect(
      commandsOf(
        [
          '# a comment for readers',
          'npx corpus-data export --format csv --out events.csv',
          '# → wrote csv to events.csv',
          'npx corpus-data validate changed.json # exits 1',
          '# → changed.json: 3 problem(s)',
        ].join('\n'),
      ),
    ).toEqual([
      {
        command: 'npx corpus-data export --format csv --out events.csv',
        expect: ['wrote csv to events.csv'],
        exitCode: 0,
      },
      {
        command: 'npx corpus-data validate changed.json # exits 1',
        expect: ['changed.json: 3 problem(s)'],
        exitCode: 1,
      },
    ]);
  });

  it('refuses an expected output with no command above it', () => {
    expect(() => commandsOf('# → something')).toThrow(/comes before any command/);
  });
});

describe('expectedOutput', () => {
  it('reads the arrow comments of a snippet in order', () => {
    expect(expectedOutput("console.log(1); // → 1\nconsole.log('a');\n// → a")).toEqual(['1', 'a']);
  });
});

describe('missingLines', () => {
  const output = 'first line\nsecond: 42 things\nthird line\n';

  it('finds expected lines in order, with … for anything', () => {
    expect(missingLines(output, ['first line', 'second: … things'])).toEqual([]);
    expect(missingLines(output, ['third line'])).toEqual([]);
  });

  it('reports lines that are missing, out of order or only part of a line', () => {
    expect(missingLines(output, ['fourth line'])).toEqual(['fourth line']);
    expect(missingLines(output, ['third line', 'first line'])).toEqual(['first line']);
    expect(missingLines(output, ['second'])).toEqual(['second']);
  });

  it('reads special characters literally', () => {
    expect(missingLines('a (b) [c] $d', ['a (b) [c] $d'])).toEqual([]);
    expect(missingLines('a (b) [c] $d', ['a (.) [c] $d'])).toEqual(['a (.) [c] $d']);
  });
});
