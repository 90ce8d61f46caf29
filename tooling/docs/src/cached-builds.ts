import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repository } from './readmes.js';

/**
 * The READMEs' pack and start commands build through turbo first. Run here, that must come from
 * turbo's cache: a real build would rewrite the site and the package under the other tests
 * running at the same time (the site's end-to-end tests serve that very build). `filter` names
 * the package whose build, with its dependencies', the commands run.
 */
export function expectCachedBuilds(filter: '@corpus/data' | '@corpus/web') {
  const plan = JSON.parse(
    execFileSync(
      join(repository, 'node_modules/.bin/turbo'),
      ['run', 'build', `--filter=${filter}`, '--dry=json'],
      { cwd: repository, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    ),
  ) as { tasks: { taskId: string; command: string; cache: { status: string } }[] };
  const uncached = plan.tasks
    .filter((task) => task.command !== '<NONEXISTENT>' && task.cache.status !== 'HIT')
    .map((task) => task.taskId);
  if (uncached.length > 0) {
    throw new Error(
      `${uncached.join(', ')} would build again: build first (npx --yes pnpm@12.4.2 build, as the ` +
        'test command does), then run the docs tests',
    );
  }
}
