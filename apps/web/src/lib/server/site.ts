import { readSiteSettings } from './site-settings.js';

/** Where the site is published (BASE_PATH, CORPUS_SITE_URL): see site-settings.js. */
export const site = readSiteSettings(process.env);

/**
 * Where the data exports point events to: the site's absolute address when it is known, else its
 * base path, so links inside the downloads work on the host that serves them.
 */
export const exportBaseUrl: string = site.siteUrl ?? site.base;
