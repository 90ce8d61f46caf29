import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built static site the way a static host does: files as they are, the precompressed
 * `.gz`/`.br` twins to clients that accept them, and `404.html` with status 404 for any other path.
 * Used by `pnpm start`, the end-to-end tests and the benchmarks, so all three see the same site.
 * With `base` (a site built with BASE_PATH) the folder is mounted there, as on a GitHub Pages
 * project site: `<base>` redirects to `<base>/`, and paths outside it are not the site's.
 * @param {{ dir: string, port?: number, host?: string, base?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ dir, port = 4173, host = '127.0.0.1', base = '' }) {
  const mount = base.replace(/\/$/, '');
  if (mount !== '' && !/^\/[^?#]*$/.test(mount)) {
    return Promise.reject(new Error(`the base path must start with "/", got "${base}"`));
  }
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    return Promise.reject(
      new Error(`no built site in ${root} (index.html is missing): build it first`),
    );
  }
  const notFound = existsSync(join(root, '404.html'))
    ? readFileSync(join(root, '404.html'))
    : undefined;
  const files = sirv(root, {
    gzip: true,
    brotli: true,
    etag: true,
    extensions: ['html'],
    setHeaders: (response, pathname) => {
      // Hashed build assets never change; everything else is revalidated.
      response.setHeader(
        'Cache-Control',
        pathname.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const server = createServer((request, response) => {
    if (mount !== '') {
      const url = request.url ?? '/';
      const path = url.split('?', 1)[0] ?? '';
      if (path === mount) {
        response.writeHead(301, { Location: `${mount}/${url.slice(path.length)}` });
        response.end();
        return;
      }
      if (!path.startsWith(`${mount}/`)) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(`Not found: this server serves the site under ${mount}/`);
        return;
      }
      request.url = url.slice(mount.length);
    }
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(notFound ?? 'Not found');
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      reject(
        /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${host} is in use: set PORT to another port`)
          : error,
      );
    });
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}${mount}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
