import { main } from '../cli/main.js';

/**
 * Runs `corpus-data ARGS` in the test process: what it would write on standard output and error,
 * and its exit code. Spawning the bin costs a Node.js start and the modules' load (0.5-2.5 CPU-s
 * each, citation-js the most); the bin's own wiring is tested by spawning it in ../cli.spec.ts.
 */
export function runCli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
