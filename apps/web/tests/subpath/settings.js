/**
 * How the subpath site is built and served: under /corpus-timeline, as a GitHub Pages project
 * site, with a public address (an origin only, so the build adds the base path itself).
 */
export const SUBPATH = {
  BASE_PATH: '/corpus-timeline',
  CORPUS_SITE_URL: 'https://example.org',
};

/** The address the build gives the site: CORPUS_SITE_URL with the base path. */
export const SUBPATH_SITE = `${SUBPATH.CORPUS_SITE_URL}${SUBPATH.BASE_PATH}`;
