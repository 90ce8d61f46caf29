import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrl, startServer } from './serve.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), 'cli.js');
const site = mkdtempSync(join(tmpdir(), 'corpus-serve-'));
const files = {
  'index.html': '<!doctype html><title>home</title>',
  '404.html': '<!doctype html><title>not found</title>',
  'data/events.csv': 'id,title\r\nlantern,Lǐ Wèi — “tea”\r\n',
  'data/events.ics': 'BEGIN:VCALENDAR\r\nSUMMARY:Pínglì\r\nEND:VCALENDAR\r\n',
  'data/events.jsonld': '{"name":"Pínglì"}',
  'data/dataset.json': '{"name":"Pínglì"}',
  '_app/immutable/start.js': 'export const name = "Pínglì";',
  '_app/immutable/app.css': 'body{content:"…"}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'favicon.png': 'not really a png',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(dirname(join(site, name)), { recursive: true });
  writeFileSync(join(site, name), text);
}
writeFileSync(join(site, 'data/events.csv.gz'), gzipSync(files['data/events.csv']));

let server;
beforeAll(async () => {
  server = await startServer({ dir: site, port: 0 });
});
afterAll(() => server?.close());

/** Runs the CLI with some settings until it is serving (then stops it) or exits. */
async function runCli(env) {
  const child = spawn(process.execPath, [cli, site], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = once(child, 'exit').then(([code]) => code);
  const serving = new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      if (/served at .*\n/.test(output)) resolve(undefined);
    });
  });
  child.stderr.on('data', (chunk) => {
    output += String(chunk);
  });
  const code = await Promise.race([exited, serving]);
  if (code === undefined) {
    child.kill();
    await exited;
  }
  return { output: output.trim(), code };
}

async function busyPort() {
  const blocker = createServer().listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  return { port: blocker.address().port, close: () => blocker.close() };
}

describe('startServer', () => {
  it.each([
    ['/data/events.csv', 'text/csv; charset=utf-8'],
    ['/data/events.ics', 'text/calendar; charset=utf-8'],
    ['/data/events.jsonld', 'application/ld+json; charset=utf-8'],
    ['/data/dataset.json', 'application/json; charset=utf-8'],
    ['/_app/immutable/start.js', 'text/javascript; charset=utf-8'],
    ['/_app/immutable/app.css', 'text/css; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/', 'text/html;charset=utf-8'],
    ['/favicon.png', 'image/png'],
  ])('serves %s as %s', async (path, type) => {
    const response = await fetch(new URL(path, server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('names the charset of a precompressed text file too', async () => {
    const response = await fetch(new URL('/data/events.csv', server.url), {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await response.text()).toBe(files['data/events.csv']);
  });

  it('answers an unknown path with 404.html and status 404', async () => {
    const response = await fetch(new URL('/nowhere', server.url));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('not found');
  });
});

describe('siteUrl', () => {
  it('puts an IPv6 host in brackets', () => {
    expect(siteUrl('::1', 4173)).toBe('http://[::1]:4173/');
    expect(siteUrl('127.0.0.1', 4173)).toBe('http://127.0.0.1:4173/');
  });
});

describe('corpus-serve', () => {
  it('serves on the PORT and HOST it is given and prints a valid address', async () => {
    const { port, close } = await busyPort();
    close();
    const { output } = await runCli({ PORT: String(port), HOST: '::1' });
    expect(output).toBe(`corpus-timeline is served at http://[::1]:${port}/ (Ctrl+C to stop)`);
  });

  it('says when the port is taken and how to pick another', async () => {
    const { port, close } = await busyPort();
    try {
      const { output, code } = await runCli({ PORT: String(port), HOST: '127.0.0.1' });
      expect(code).toBe(1);
      expect(output).toBe(
        `corpus-serve: port ${port} on 127.0.0.1 is already in use, probably by another server. ` +
          `Pick a free one with PORT, for example PORT=${port + 1}.`,
      );
    } finally {
      close();
    }
  });

  it('refuses a PORT that is not a port number', async () => {
    const { output, code } = await runCli({ PORT: 'eighty' });
    expect(code).toBe(2);
    expect(output).toBe('corpus-serve: PORT must be a port number, got "eighty"');
  });
});
