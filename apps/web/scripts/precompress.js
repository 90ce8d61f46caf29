import { createReadStream, createWriteStream, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** The files SvelteKit's own precompress handles. */
const EXTENSIONS = new Set(['.html', '.js', '.json', '.css', '.svg', '.xml', '.wasm']);
/** Files compressed at once: SvelteKit starts every file together and runs out of file handles
 * (EMFILE) once a site has some ten thousand pages. */
const CONCURRENCY = 32;

/**
 * Writes the `.gz` and `.br` twins of every text file under `dir`, with the same settings as
 * SvelteKit's `precompress` (best gzip, best brotli in text mode), a bounded number at a time.
 * Without `brotli` it writes the gzip twins alone: best brotli is nearly all of the cost (the
 * 600-event test site: 0.5 s of CPU for every gzip twin, about 8 s per 300 brotli ones).
 * @param {string} dir
 * @param {{ brotli?: boolean }} [options]
 */
export async function precompress(dir, { brotli = true } = {}) {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => EXTENSIONS.has(extname(file)) && statSync(file).isFile());
  const queue = files.values();
  const worker = async () => {
    for (const file of queue) {
      await compress(file, 'gz');
      if (brotli) await compress(file, 'br');
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

/**
 * @param {string} file
 * @param {'gz' | 'br'} format
 */
function compress(file, format) {
  const compressor =
    format === 'br'
      ? zlib.createBrotliCompress({
          params: {
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: statSync(file).size,
          },
        })
      : zlib.createGzip({ level: zlib.constants.Z_BEST_COMPRESSION });
  return pipeline(createReadStream(file), compressor, createWriteStream(`${file}.${format}`));
}
