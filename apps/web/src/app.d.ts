// See https://svelte.dev/docs/kit/types#app.d.ts.
declare global {
  namespace App {
    interface PageData {
      /** The site's public address (CORPUS_SITE_URL with the base path), from the root layout. */
      siteUrl: string | null;
    }
  }
}

export {};
