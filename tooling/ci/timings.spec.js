import { describe, expect, it } from 'vitest';
import { byFile, formatFailures, formatReport, taskTimings, testTimings } from './timings.js';

const turbo = {
  execution: { startTime: 1_000, endTime: 61_000 },
  tasks: [
    {
      taskId: '@corpus/data#test',
      logFile: 'packages/data/.turbo/turbo-test.log',
      cache: { status: 'HIT' },
      execution: { startTime: 1_000, endTime: 1_500, exitCode: 0 },
    },
    {
      taskId: '@corpus/web#test:e2e',
      logFile: 'apps/web/.turbo/turbo-test:e2e.log',
      cache: { status: 'MISS' },
      execution: { startTime: 2_000, endTime: 52_000, exitCode: 1 },
    },
  ],
};

const result = (/** @type {number} */ duration, status = 'passed', message = '') => ({
  duration,
  status,
  errors: message ? [{ message }] : [],
});
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
          tests: [
            {
              projectName: 'desktop',
              results: [result(20_000, 'timedOut', 'Test timeout of 20000ms exceeded.')],
            },
          ],
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
        {
          task: '@corpus/web#test:e2e',
          cache: 'MISS',
          seconds: 50,
          exitCode: 1,
          logFile: 'apps/web/.turbo/turbo-test:e2e.log',
        },
        {
          task: '@corpus/data#test',
          cache: 'HIT',
          seconds: 0.5,
          exitCode: 0,
          logFile: 'packages/data/.turbo/turbo-test.log',
        },
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
        error: '',
      },
      {
        file: 'keyboard.spec.ts',
        project: 'desktop',
        title: 'keyboard › walks',
        seconds: 1,
        status: 'passed',
        retries: 0,
        error: '',
      },
      {
        file: 'fuzz.spec.ts',
        project: 'desktop',
        title: 'batch 1',
        seconds: 20,
        status: 'timedOut',
        retries: 0,
        error: 'Test timeout of 20000ms exceeded.',
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

describe('formatFailures', () => {
  const log = [
    'line 1',
    ...Array.from({ length: 40 }, (_, i) => `\u001b[31mline ${i + 2}\u001b[39m`),
  ];

  it('ends with the tail of each failed task log and each failed test error', () => {
    const tasks = taskTimings(turbo).tasks.map((task) => ({ ...task, log: log.join('\n') }));
    const text = formatFailures({ tasks, tests: testTimings(playwright), lines: 4 });
    expect(text).toContain(
      '### @corpus/web#test:e2e: exit 1, the end of apps/web/.turbo/turbo-test:e2e.log',
    );
    expect(text).toContain('```\nline 38\nline 39\nline 40\nline 41\n```');
    expect(text).not.toContain('line 37');
    expect(text).not.toContain('@corpus/data#test');
    expect(text).toContain('### fuzz.spec.ts › batch 1 (desktop): timedOut');
    expect(text).toContain('Test timeout of 20000ms exceeded.');
    expect(text).not.toContain('zooms');
  });

  it('says so when a failed task left no log', () => {
    const [failed] = taskTimings(turbo).tasks;
    expect(formatFailures({ tasks: [failed] })).toContain('(no log)');
  });

  it('counts the failed tests it leaves out', () => {
    const tests = testTimings(playwright);
    const failed = Array.from({ length: 3 }, () => tests[2]);
    expect(formatFailures({ tests: failed, maxTests: 1 })).toContain('… and 2 more failed tests');
  });

  it('is empty when nothing failed', () => {
    const passed = taskTimings(turbo).tasks.filter((task) => task.exitCode === 0);
    expect(formatFailures({ tasks: passed, tests: testTimings(playwright).slice(0, 2) })).toBe('');
  });
});
