import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from './dataset.js';
import { EVENT_COLUMNS, toCsv } from './exports/csv.js';
import { PACKAGE_FILES, toDataPackage } from './exports/datapackage.js';
import { ensurePython } from './test-support/python.js';

// python/read_events.py reads the exported events as a Python user does: with the csv and json
// modules, and with pandas where it is installed. Without Python 3 or pandas, the run says what it
// skipped rather than passing in silence.
const script = join(dirname(fileURLToPath(import.meta.url)), '..', 'python', 'read_events.py');
const python = ensurePython((line) => {
  console.warn(`python reader: ${line}`);
});

/** How pandas reports the declared date columns: each parsed to datetime64. */
const DATES = EVENT_COLUMNS.filter((column) => column.type === 'date')
  .map((column) => `${column.name} datetime64\\[ns\\]`)
  .join(', ');

function exported(csv = toCsv(dataset)): string {
  const folder = mkdtempSync(join(tmpdir(), 'corpus-python-'));
  writeFileSync(join(folder, 'datapackage.json'), toDataPackage(dataset));
  writeFileSync(join(folder, PACKAGE_FILES.csv), csv);
  return folder;
}

function read(folder: string) {
  if (!python) throw new Error('no Python 3');
  return spawnSync(python.command, [script, folder], { encoding: 'utf8' });
}

describe('reading the events from Python', () => {
  it('reads every event with its declared columns and dates, or says Python 3 is missing', () => {
    if (!python) {
      console.warn('python reader: no Python 3 found (python3, /usr/bin/python3): check skipped');
      expect(python).toBeUndefined();
      return;
    }
    const { status, stdout, stderr } = read(exported());
    console.log(stdout.trim());
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const [standard, pandas] = stdout.trim().split('\n');
    expect(standard).toMatch(
      new RegExp(
        `^csv module \\(Python 3\\.\\d+\\.\\d+\\): ${dataset.events.length} events, ${EVENT_COLUMNS.length} columns as declared; \\d+ with an earliest day, from 2015-11-27; ids unique$`,
      ),
    );
    expect(pandas).toMatch(
      python.pandas
        ? new RegExp(
            `^pandas \\d+\\.\\d+\\.\\d+: ${dataset.events.length} events, ${EVENT_COLUMNS.length} columns, ${DATES}`,
          )
        : /^pandas: not installed for this Python, so the pandas check was skipped/,
    );
  });

  it('names the line and column of a date that is not one', () => {
    if (!python) {
      console.warn('python reader: no Python 3 found: check skipped');
      expect(python).toBeUndefined();
      return;
    }
    const rows = toCsv(dataset).split('\r\n');
    // The first event's earliest_day and latest_day, side by side.
    rows[1] = rows[1]!.replace(',2015-11-27,2015-11-28,', ',2015-11-31,2015-11-28,');
    const { status, stderr } = read(exported(rows.join('\r\n')));
    expect(status).toBe(1);
    expect(stderr).toBe(
      "read_events.py: events.csv line 2, earliest_day: '2015-11-31' is not a date YYYY-MM-DD\n",
    );
  });
});
