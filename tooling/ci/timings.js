/**
 * Reads where the time of a test run went: turbo's run summary (`turbo run … --summarize`) per
 * task, and Playwright's JSON results per spec file and test. Pure functions over parsed JSON, so
 * the report can be checked without running anything.
 */

/**
 * @typedef {object} TaskTiming
 * @property {string} task `package#task`
 * @property {'HIT' | 'MISS'} cache
 * @property {number} seconds wall time of the task (a cache hit only replays its logs)
 * @property {number} exitCode
 * @property {string | undefined} logFile the task's log, relative to the repository's root
 */

/**
 * @param {any} summary a parsed `.turbo/runs/<id>.json`
 * @returns {{ seconds: number, tasks: TaskTiming[] }} the run's wall time and its tasks, slowest first
 */
export function taskTimings(summary) {
  const tasks = summary.tasks.map((/** @type {any} */ task) => ({
    task: task.taskId,
    cache: task.cache.status,
    seconds: (task.execution.endTime - task.execution.startTime) / 1000,
    exitCode: task.execution.exitCode,
    logFile: task.logFile,
  }));
  tasks.sort((/** @type {TaskTiming} */ a, /** @type {TaskTiming} */ b) => b.seconds - a.seconds);
  const seconds = (summary.execution.endTime - summary.execution.startTime) / 1000;
  return { seconds, tasks };
}

/**
 * @typedef {object} TestTiming
 * @property {string} file the spec file, relative to the test folder
 * @property {string} project the Playwright project (desktop, phone, a site variant)
 * @property {string} title
 * @property {number} seconds duration of its last attempt
 * @property {string} status passed, failed, timedOut, skipped, interrupted
 * @property {number} retries attempts after the first
 * @property {string} error its last attempt's error messages, empty when it passed
 */

/**
 * Every test of a Playwright JSON report with its last attempt's duration.
 * @param {any} report a parsed Playwright JSON report
 * @returns {TestTiming[]}
 */
export function testTimings(report) {
  /** @type {TestTiming[]} */
  const out = [];
  /** @param {any} suite @param {string[]} titles */
  const walk = (suite, titles) => {
    const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        const last = test.results.at(-1);
        out.push({
          file: spec.file,
          project: test.projectName,
          title: [...path, spec.title].join(' › '),
          seconds: (last?.duration ?? 0) / 1000,
          status: last?.status ?? 'skipped',
          retries: Math.max(0, test.results.length - 1),
          error: (last?.errors ?? [])
            .map((/** @type {{ message?: string }} */ error) => error.message ?? '')
            .join('\n'),
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child, path);
  };
  for (const suite of report.suites) walk(suite, []);
  return out;
}

/**
 * Tests grouped by spec file: how many, how many passed, and their summed duration (worker time,
 * not wall time: workers run files side by side).
 * @param {TestTiming[]} tests
 */
export function byFile(tests) {
  /** @type {Map<string, { file: string, tests: number, passed: number, retried: number, seconds: number }>} */
  const files = new Map();
  for (const test of tests) {
    const entry = files.get(test.file) ?? {
      file: test.file,
      tests: 0,
      passed: 0,
      retried: 0,
      seconds: 0,
    };
    entry.tests += 1;
    if (test.status === 'passed') entry.passed += 1;
    if (test.retries > 0) entry.retried += 1;
    entry.seconds += test.seconds;
    files.set(test.file, entry);
  }
  return [...files.values()].sort((a, b) => b.seconds - a.seconds);
}

/**
 * The whole report as Markdown tables.
 * @param {{ turbo?: any, playwright?: any, slowest?: number }} input
 */
export function formatReport({ turbo, playwright, slowest = 10 }) {
  const lines = [];
  const s = (/** @type {number} */ seconds) => `${seconds.toFixed(1)} s`;
  if (turbo) {
    const { seconds, tasks } = taskTimings(turbo);
    const hits = tasks.filter((task) => task.cache === 'HIT').length;
    lines.push(`## turbo: ${s(seconds)} wall, ${tasks.length} tasks, ${hits} from the cache`, '');
    lines.push('| task | cache | time | exit |', '| --- | --- | --- | --- |');
    for (const task of tasks) {
      lines.push(`| ${task.task} | ${task.cache} | ${s(task.seconds)} | ${task.exitCode} |`);
    }
    lines.push('');
  }
  if (playwright) {
    const tests = testTimings(playwright);
    const wall = (playwright.stats?.duration ?? 0) / 1000;
    lines.push(`## Playwright: ${tests.length} tests in ${s(wall)} wall`, '');
    lines.push(
      '| spec file | tests | passed | retried | test time |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const file of byFile(tests)) {
      lines.push(
        `| ${file.file} | ${file.tests} | ${file.passed} | ${file.retried} | ${s(file.seconds)} |`,
      );
    }
    lines.push(
      '',
      `### The ${slowest} slowest tests`,
      '',
      '| test | project | time |',
      '| --- | --- | --- |',
    );
    for (const test of [...tests].sort((a, b) => b.seconds - a.seconds).slice(0, slowest)) {
      lines.push(`| ${test.file} › ${test.title} | ${test.project} | ${s(test.seconds)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

// eslint-disable-next-line no-control-regex -- terminal colours are control characters
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/** @param {string} text @param {number} count the last `count` lines, without colours */
const tail = (text, count) => text.replace(ANSI, '').trimEnd().split('\n').slice(-count);

/**
 * Why the run failed, as Markdown for the end of the report (CI keeps only a log's last lines):
 * the end of each failed task's log and each failed test's error.
 * @param {{ tasks?: (TaskTiming & { log?: string })[], tests?: TestTiming[], lines?: number,
 *   maxTests?: number }} input tasks with their log's text where it could be read
 */
export function formatFailures({ tasks = [], tests = [], lines = 30, maxTests = 10 }) {
  const failedTasks = tasks.filter((task) => task.exitCode !== 0);
  const failedTests = tests.filter((test) => !['passed', 'skipped'].includes(test.status));
  if (failedTasks.length === 0 && failedTests.length === 0) return '';
  const out = ['## Why it failed', ''];
  for (const task of failedTasks) {
    out.push(`### ${task.task}: exit ${task.exitCode}, the end of ${task.logFile ?? 'its log'}`);
    out.push(
      '',
      '```',
      ...(task.log === undefined ? ['(no log)'] : tail(task.log, lines)),
      '```',
      '',
    );
  }
  for (const test of failedTests.slice(0, maxTests)) {
    out.push(`### ${test.file} › ${test.title} (${test.project}): ${test.status}`);
    out.push(
      '',
      '```',
      ...tail(test.error || '(no error message)', Math.ceil(lines / 2)),
      '```',
      '',
    );
  }
  if (failedTests.length > maxTests) {
    out.push(`… and ${failedTests.length - maxTests} more failed tests (see the table above)`, '');
  }
  return out.join('\n');
}
