#!/usr/bin/env node
import { startServer } from './serve.js';

const [dir = 'build'] = process.argv.slice(2);
const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`corpus-serve: PORT must be a port number, got "${process.env.PORT ?? ''}"`);
  process.exit(2);
}
try {
  const { url } = await startServer({
    dir,
    port,
    host: process.env.HOST ?? '127.0.0.1',
    // A site built with BASE_PATH is served under it, as its host would.
    base: process.env.BASE_PATH ?? '',
  });
  console.log(`corpus-timeline is served at ${url} (Ctrl+C to stop)`);
} catch (error) {
  console.error(`corpus-serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
