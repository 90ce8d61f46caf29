/**
 * Where the site is published, read once from two settings. Plain JavaScript, because
 * svelte.config.js (which needs the base path) loads it before anything is compiled; the
 * prerendered pages read the same result through $lib/server/site.
 *
 * - BASE_PATH: the path the site is served under (`/corpus-timeline` on a GitHub Pages project
 *   site); empty or unset for the root of a host.
 * - CORPUS_SITE_URL: the public address of the site, as an origin (`https://owner.github.io`)
 *   or with the base path (`https://owner.github.io/corpus-timeline`). Canonical links, Open
 *   Graph URLs and the references of the Cite sections are absolute only when it is set.
 */

/**
 * @typedef {object} SiteSettings
 * @property {'' | `/${string}`} base the base path, without a trailing slash
 * @property {string | undefined} siteUrl the site's absolute address with the base path and no
 *   trailing slash, when CORPUS_SITE_URL is set
 */

const SEGMENTS = /^(?:\/[A-Za-z0-9._~-]+)+$/;

/**
 * @param {Record<string, string | undefined>} env
 * @returns {SiteSettings}
 */
export function readSiteSettings(env) {
  const base = readBase(env.BASE_PATH ?? '');
  const site = env.CORPUS_SITE_URL ?? '';
  if (site === '') return { base, siteUrl: undefined };
  /** @type {URL} */
  let url;
  try {
    url = new URL(site);
  } catch {
    throw new Error(
      `CORPUS_SITE_URL must be an absolute URL such as https://example.org, got "${site}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`CORPUS_SITE_URL must be an http(s) URL, got "${site}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`CORPUS_SITE_URL must be the site's address alone, got "${site}"`);
  }
  const path = url.pathname.replace(/\/$/, '');
  if (path !== '' && path !== base) {
    throw new Error(
      `CORPUS_SITE_URL "${site}" has the path "${path}" but BASE_PATH is "${base}": give the ` +
        'origin alone, or the address the site is served at',
    );
  }
  return { base, siteUrl: `${url.origin}${base}` };
}

/**
 * @param {string} value
 * @returns {'' | `/${string}`}
 */
function readBase(value) {
  const base = value.replace(/\/$/, '');
  if (base === '') return '';
  if (!SEGMENTS.test(base) || base.split('/').some((part) => part === '.' || part === '..')) {
    throw new Error(
      `BASE_PATH must be a path such as /corpus-timeline (letters, digits, ".", "_", "~", "-" between slashes), got "${value}"`,
    );
  }
  return /** @type {`/${string}`} */ (base);
}

/**
 * The one line a build prints about what it left out without CORPUS_SITE_URL, or nothing.
 * @param {SiteSettings} settings
 * @returns {string | undefined}
 */
export function omittedWithoutSiteUrl({ siteUrl }) {
  return siteUrl === undefined
    ? 'CORPUS_SITE_URL is not set: pages carry no canonical link, no og:url and no oEmbed document or link, and references name no URL'
    : undefined;
}
