import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every page and download is prerendered; `precompress` writes the .gz/.br twins a static
    // host (and @corpus/serve) sends to browsers that accept them.
    adapter: adapter({ pages: 'build', assets: 'build', precompress: true, strict: true }),
    // Absolute asset paths: the 404 page is served at any unknown depth, where relative ones break.
    paths: { relative: false },
    prerender: {
      handleHttpError: 'fail',
      handleMissingId: 'fail',
      entries: ['*', '/404'],
    },
  },
};

export default config;
