import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';

/** Types whose bodies are text: sent with their encoding, which sirv names for HTML alone. */
const TEXT =
  /^(?:text\/|application\/(?:json|javascript|xml|[\w.-]+\+(?:json|xml))$|image\/svg\+xml$)/;

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
      // Every text file of the site is UTF-8 (the downloads hold names in Chinese pinyin with
      // tone marks, dashes, ellipses); without a charset a browser may guess another encoding.
      const type = lookup(pathname);
      if (type && TEXT.test(type)) response.setHeader('Content-Type', `${type}; charset=utf-8`);
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
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: siteUrl(host, actualPort, mount),
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * The address to open: an IPv6 host goes in brackets (`http://[::1]:4173/`), as URLs require.
 * @param {string} host
 * @param {number} port
 * @param {string} [mount] the base path the site is served under, such as `/corpus-timeline`
 */
export function siteUrl(host, port, mount = '') {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}${mount}/`;
}
