#!/usr/bin/env node
import { startServer } from './serve.js';

const [dir = 'build'] = process.argv.slice(2);
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`corpus-serve: PORT must be a port number, got "${process.env.PORT ?? ''}"`);
  process.exit(2);
}
try {
  const { url } = await startServer({
    dir,
    port,
    host,
    // A site built with BASE_PATH is served under it, as its host would.
    base: process.env.BASE_PATH ?? '',
  });
  console.log(`corpus-timeline is served at ${url} (Ctrl+C to stop)`);
} catch (error) {
  console.error(`corpus-serve: ${explain(error)}`);
  process.exit(1);
}

/**
 * What went wrong, and what to set instead, in words: the server is started through pnpm and
 * turbo, whose output would otherwise end in Node's error codes.
 * @param {unknown} error
 */
function explain(error) {
  switch (/** @type {NodeJS.ErrnoException} */ (error).code) {
    case 'EADDRINUSE':
      return (
        `port ${port} on ${host} is already in use, probably by another server. ` +
        `Pick a free one with PORT, for example PORT=${port === 65535 ? 4173 : port + 1}.`
      );
    case 'EACCES':
      return `port ${port} needs privileges this user lacks: set PORT to 1024 or above.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `HOST ${host} is not an address of this machine: set HOST to 127.0.0.1, ::1 or 0.0.0.0.`;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
