import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandsOf } from './markdown.js';
import { allBlocks, blocksMarked, repository } from './readmes.js';

// The READMEs' commands that serve the built site, and the weight they state for it: these run
// after the site's build (src/site-setup.ts), apart from the READMEs' other tests, which need only
// the data package's, so that a change to the app alone does not run those again.

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '::1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Runs a command that should serve the site, with a free PORT and HOST=::1, until it prints the
 * address; checks the address and that the site answers there; then stops it and what it started.
 */
async function expectToServe(command: string, cwd: string) {
  const port = await freePort();
  const child = spawn('bash', ['-c', command], {
    cwd,
    env: { ...process.env, PORT: String(port), HOST: '::1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const served = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const url = /served at (\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`${command} exited (${String(code)}) before serving:\n${output}`));
    });
  });
  try {
    const url = await served;
    expect(url).toBe(`http://[::1]:${port}/`);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>');
  } finally {
    // Its own process group, so this stops npm or pnpm, turbo and the server alike.
    if (child.pid) process.kill(-child.pid);
  }
}

describe('the quick start', () => {
  const [serves] = blocksMarked(allBlocks(), 'serves');

  it('serves the site at the PORT and HOST it is given, and prints the address', async () => {
    const [command] = commandsOf(serves?.code ?? '');
    if (!command) throw new Error('the quick start has no command to serve the site');
    await expectToServe(command.command, repository);
  });

  it('has the build end on a hint that works: npm run preview in apps/web serves the build', async () => {
    await expectToServe('npm run preview', join(repository, 'apps/web'));
  });
});

describe('the JavaScript weight', () => {
  it('is what the build weighs, as the tool that measures it wrote it', () => {
    const result = spawnSync(process.execPath, ['apps/web/scripts/check-weight.js'], {
      cwd: repository,
      encoding: 'utf8',
    });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });
});
