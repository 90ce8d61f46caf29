import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/precompress.js';
import { omittedWithoutSiteUrl, readSiteSettings } from './src/lib/server/site-settings.js';

// BASE_PATH and CORPUS_SITE_URL: where the site is published (see site-settings.js).
const site = readSiteSettings(process.env);

/** The route of every page's oEmbed document (src/routes/[...page]/oembed.json). */
const OEMBED_ROUTE = '/[...page]/oembed.json';

const pages = process.env.CORPUS_BUILD_DIR ?? 'build';
const staticAdapter = adapter({ pages, assets: pages, precompress: false, strict: true });

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    outDir: process.env.CORPUS_KIT_DIR ?? '.svelte-kit',
    // Every page and download is prerendered; `precompress` then writes the .gz/.br twins a
    // static host (and @corpus/serve) sends to browsers that accept them.
    // CORPUS_BUILD_DIR lets the tests build the same app from another dataset beside the real one.
    adapter: {
      ...staticAdapter,
      async adapt(builder) {
        const omitted = omittedWithoutSiteUrl(site);
        if (omitted) builder.log.warn(omitted);
        await staticAdapter.adapt(builder);
        // The test sites (tests/build-site.js) skip the brotli twins: the real build has them.
        await precompress(pages, { brotli: process.env.CORPUS_PRECOMPRESS !== 'gzip' });
      },
    },
    // Absolute asset paths: the 404 page is served at any unknown depth, where relative ones break.
    // Every link and asset is resolved against `base`, so the site works under a subpath too.
    paths: { base: site.base, relative: false },
    // A strict policy on every page: scripts only from the site or with the hash SvelteKit adds
    // for its own inline bootstrap, no eval, and no request to any other origin.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        // Style attributes only (SvelteKit's route announcer and vis-timeline set them): they run
        // no script, and img/font/connect limits keep CSS from reaching any other origin.
        'style-src-attr': ['unsafe-inline'],
        // blob: for the PNG the page draws from its own SVG (Download picture), nothing else.
        'img-src': ['self', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
    prerender: {
      handleHttpError: 'fail',
      handleMissingId: 'fail',
      entries: ['*', '/404'],
      // Without CORPUS_SITE_URL the oEmbed route has no entries (its documents need absolute
      // addresses; the build says so above): that route alone may go unprerendered.
      handleUnseenRoutes: ({ routes, message }) => {
        if (site.siteUrl === undefined && routes.every((id) => id === OEMBED_ROUTE)) return;
        throw new Error(message);
      },
    },
  },
};

export default config;
