import { describe, expect, it } from 'vitest';
import { absoluteUrl } from './absolute-url';

describe('absoluteUrl', () => {
  const site = 'https://owner.github.io/corpus-timeline';

  it('puts a resolved path on the site’s origin', () => {
    expect(absoluteUrl(site, '/corpus-timeline/events/a')).toBe(`${site}/events/a`);
  });

  it('gives the home page with its trailing slash', () => {
    expect(absoluteUrl(site, '/corpus-timeline')).toBe(`${site}/`);
    expect(absoluteUrl(site, '/corpus-timeline/')).toBe(`${site}/`);
    expect(absoluteUrl('https://example.org', '/')).toBe('https://example.org/');
  });

  it('makes nothing up without the site’s address', () => {
    expect(absoluteUrl(undefined, '/events/a')).toBeUndefined();
    expect(absoluteUrl(null, '/events/a')).toBeUndefined();
  });
});
