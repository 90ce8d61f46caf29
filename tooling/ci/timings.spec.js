import { describe, expect, it } from 'vitest';
import { byFile, formatReport, taskTimings, testTimings } from './timings.js';

const turbo = {
  execution: { startTime: 1_000, endTime: 61_000 },
  tasks: [
    {
      taskId: '@corpus/data#test',
      cache: { status: 'HIT' },
      execution: { startTime: 1_000, endTime: 1_500, exitCode: 0 },
    },
    {
      taskId: '@corpus/web#test:e2e',
      cache: { status: 'MISS' },
      execution: { startTime: 2_000, endTime: 52_000, exitCode: 1 },
    },
  ],
};

const result = (/** @type {number} */ duration, status = 'passed') => ({ duration, status });
const playwright = {
  stats: { duration: 40_000 },
  suites: [
    {
      title: 'keyboard.spec.ts',
      file: 'keyboard.spec.ts',
      specs: [],
      suites: [
        {
          title: 'keyboard',
          specs: [
            {
              title: 'zooms',
              file: 'keyboard.spec.ts',
              tests: [
                { projectName: 'desktop', results: [result(2_000, 'failed'), result(3_000)] },
              ],
            },
            {
              title: 'walks',
              file: 'keyboard.spec.ts',
              tests: [{ projectName: 'desktop', results: [result(1_000)] }],
            },
          ],
        },
      ],
    },
    {
      title: 'fuzz.spec.ts',
      file: 'fuzz.spec.ts',
      specs: [
        {
          title: 'batch 1',
          file: 'fuzz.spec.ts',
          tests: [{ projectName: 'desktop', results: [result(20_000, 'timedOut')] }],
        },
      ],
    },
  ],
};

describe('taskTimings', () => {
  it('lists tasks slowest first with their cache status and the run wall time', () => {
    expect(taskTimings(turbo)).toEqual({
      seconds: 60,
      tasks: [
        { task: '@corpus/web#test:e2e', cache: 'MISS', seconds: 50, exitCode: 1 },
        { task: '@corpus/data#test', cache: 'HIT', seconds: 0.5, exitCode: 0 },
      ],
    });
  });
});

describe('testTimings', () => {
  it('names each test by its describe blocks and counts its retries', () => {
    expect(testTimings(playwright)).toEqual([
      {
        file: 'keyboard.spec.ts',
        project: 'desktop',
        title: 'keyboard › zooms',
        seconds: 3,
        status: 'passed',
        retries: 1,
      },
      {
        file: 'keyboard.spec.ts',
        project: 'desktop',
        title: 'keyboard › walks',
        seconds: 1,
        status: 'passed',
        retries: 0,
      },
      {
        file: 'fuzz.spec.ts',
        project: 'desktop',
        title: 'batch 1',
        seconds: 20,
        status: 'timedOut',
        retries: 0,
      },
    ]);
  });
});

describe('byFile', () => {
  it('sums test time per spec file, slowest file first', () => {
    expect(byFile(testTimings(playwright))).toEqual([
      { file: 'fuzz.spec.ts', tests: 1, passed: 0, retried: 0, seconds: 20 },
      { file: 'keyboard.spec.ts', tests: 2, passed: 2, retried: 1, seconds: 4 },
    ]);
  });
});

describe('formatReport', () => {
  it('prints both tables and the slowest tests', () => {
    const text = formatReport({ turbo, playwright, slowest: 1 });
    expect(text).toContain('## turbo: 60.0 s wall, 2 tasks, 1 from the cache');
    expect(text).toContain('| @corpus/web#test:e2e | MISS | 50.0 s | 1 |');
    expect(text).toContain('## Playwright: 3 tests in 40.0 s wall');
    expect(text).toContain('| keyboard.spec.ts | 2 | 2 | 1 | 4.0 s |');
    expect(text).toContain('| fuzz.spec.ts › batch 1 | desktop | 20.0 s |');
    expect(text).not.toContain('keyboard.spec.ts › keyboard › zooms |');
  });
});
