import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeFixture } from './test-support/fixture.js';
import { runCli } from './test-support/run-cli.js';

// The bin as built (dist/cli.js), the way users run it; turbo builds before testing. What each
// command says is tested in the test process (cli/main.spec.ts, cli/cite.spec.ts); here, that the
// bin passes on the arguments and gives back the same output, streams and exit code.
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');

function spawnBin(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the corpus-data bin', () => {
  const folder = mkdtempSync(join(tmpdir(), 'corpus-bin-'));
  const bad = makeFixture();
  bad.events[0]!.date = { kind: 'on', date: '2019-02-30', basis: { kind: 'stated' } };
  const badFile = join(folder, 'bad.json');
  writeFileSync(badFile, JSON.stringify(bad));

  it.each([
    ['--help (exit 0)', ['--help'], 0],
    ['an unknown command (exit 2)', ['frobnicate'], 2],
    ['validate on invalid data (exit 1)', ['validate', badFile], 1],
    ['cite (exit 0)', ['cite', 'central-work-conference-2015', '--format', 'ris'], 0],
  ])(
    'runs %s as the command does in-process: same output, streams and exit code',
    (_name, args, code) => {
      const spawned = spawnBin(...args);
      expect(spawned).toEqual(runCli(...args));
      expect(spawned.code).toBe(code);
      expect(spawned.stdout + spawned.stderr).not.toBe('');
    },
  );
});
