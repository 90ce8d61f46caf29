import { describe, expect, it } from 'vitest';
import { omittedWithoutSiteUrl, readSiteSettings } from './site-settings.js';

describe('readSiteSettings', () => {
  it('serves from the root with no address by default', () => {
    expect(readSiteSettings({})).toEqual({ base: '', siteUrl: undefined });
  });

  it.each([
    ['/corpus-timeline', '/corpus-timeline'],
    ['/corpus-timeline/', '/corpus-timeline'],
    ['/', ''],
    ['/a/b', '/a/b'],
  ])('reads BASE_PATH %j as %j', (value, base) => {
    expect(readSiteSettings({ BASE_PATH: value }).base).toBe(base);
  });

  it.each(['corpus-timeline', '/with space', '/a//b', '/a?b', '/../x'])(
    'refuses BASE_PATH %j naming the setting',
    (value) => {
      expect(() => readSiteSettings({ BASE_PATH: value })).toThrow(/^BASE_PATH must be a path/);
    },
  );

  it('adds the base path to an origin, and takes an address that already has it', () => {
    const env = { BASE_PATH: '/corpus-timeline' };
    for (const url of [
      'https://owner.github.io',
      'https://owner.github.io/',
      'https://owner.github.io/corpus-timeline/',
    ]) {
      expect(readSiteSettings({ ...env, CORPUS_SITE_URL: url }).siteUrl).toBe(
        'https://owner.github.io/corpus-timeline',
      );
    }
  });

  it.each([
    [{ CORPUS_SITE_URL: 'owner.github.io' }, /^CORPUS_SITE_URL must be an absolute URL/],
    [{ CORPUS_SITE_URL: 'ftp://owner.github.io' }, /^CORPUS_SITE_URL must be an http\(s\) URL/],
    [{ CORPUS_SITE_URL: 'https://owner.github.io/?x=1' }, /must be the site's address alone/],
    [
      { CORPUS_SITE_URL: 'https://owner.github.io/elsewhere', BASE_PATH: '/corpus-timeline' },
      /has the path "\/elsewhere" but BASE_PATH is "\/corpus-timeline"/,
    ],
  ])('refuses %j', (env, message) => {
    expect(() => readSiteSettings(env)).toThrow(message);
  });

  it('says in one line what a build without an address leaves out', () => {
    expect(omittedWithoutSiteUrl(readSiteSettings({}))).toMatch(
      /^CORPUS_SITE_URL is not set: [^\n]+$/,
    );
    expect(
      omittedWithoutSiteUrl(readSiteSettings({ CORPUS_SITE_URL: 'https://example.org' })),
    ).toBeUndefined();
  });
});
