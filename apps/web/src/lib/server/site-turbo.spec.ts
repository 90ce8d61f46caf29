import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// BASE_PATH and CORPUS_SITE_URL change what the site's build writes, so turbo must hand them to
// the build and key its cache on them: otherwise a cached root build would be served as a
// subpath one. Asked of turbo itself, by the hash it gives the task (a dry run builds nothing).
const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo');

function buildHash(settings: Record<string, string>): string {
  const env = { ...process.env, BASE_PATH: '', CORPUS_SITE_URL: '', ...settings };
  const output = execFileSync(
    process.execPath,
    [turbo, 'run', 'build', '--filter=@corpus/web', '--dry=json'],
    { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const { tasks } = JSON.parse(output) as { tasks: { taskId: string; hash: string }[] };
  const task = tasks.find(({ taskId }) => taskId === '@corpus/web#build');
  if (!task) throw new Error('turbo planned no @corpus/web#build');
  return task.hash;
}

// Four dry runs: slower than vitest's default 5 s while other builds share the machine.
describe('the site build under turbo', { timeout: 60_000 }, () => {
  it('is keyed on BASE_PATH and CORPUS_SITE_URL', () => {
    const root = buildHash({});
    const subpath = buildHash({ BASE_PATH: '/corpus-timeline' });
    const addressed = buildHash({ CORPUS_SITE_URL: 'https://example.org' });
    expect(new Set([root, subpath, addressed]).size).toBe(3);
    expect(buildHash({})).toBe(root);
  });
});
