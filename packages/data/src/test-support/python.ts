import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Python 3 interpreters to try: the one on PATH first, then Debian's, which has python3-pandas
 * where the one on PATH (a pyenv build, say) does not.
 */
const CANDIDATES = ['python3', '/usr/bin/python3'];

export interface Python {
  command: string;
  pandas: boolean;
}

function probe(command: string): Python | undefined {
  const result = spawnSync(
    command,
    // A folder left by a removed package is found as a namespace package, with no origin.
    ['-c', 'import importlib.util as u; s = u.find_spec("pandas"); print(bool(s and s.origin))'],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) return undefined;
  return { command, pandas: result.stdout.trim() === 'True' };
}

/** The first Python 3 with pandas, else the first Python 3, else undefined. */
export function findPython(): Python | undefined {
  const found = CANDIDATES.flatMap((command) => probe(command) ?? []);
  return found.find((python) => python.pandas) ?? found[0];
}

/**
 * A Python 3 for the reader's check, with pandas where it can be had: as root with apt-get (CI
 * here, like the browser for Playwright) it installs Debian's python3-pandas when no interpreter
 * has pandas. Says what it did through `log`.
 */
export function ensurePython(log: (line: string) => void): Python | undefined {
  const python = findPython();
  if (python?.pandas) return python;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return python;
  log("no Python 3 with pandas found: installing Debian's python3-pandas with apt-get");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // The e2e task may be installing Chromium with apt-get at the same time: wait for its lock.
  const wait = ['-o', 'DPkg::Lock::Timeout=600'];
  for (const args of [
    [...wait, 'update', '-qq'],
    [...wait, 'install', '-y', '-qq', 'python3-pandas'],
  ]) {
    if (spawnSync('apt-get', args, { env, stdio: 'ignore' }).status !== 0) {
      log(`apt-get ${args.join(' ')} failed`);
      break;
    }
  }
  return findPython();
}
