import { describe, expect, it } from 'vitest';
import { EMBED_SIZE, embedCode } from './embed-code';

describe('embedCode', () => {
  it('gives an iframe with the address, its title and a size', () => {
    const code = embedCode({ src: 'https://example.org/embed', title: 'The timeline' });
    expect(code).toBe(
      `<iframe src="https://example.org/embed" title="The timeline" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border: 0; max-width: 100%" loading="lazy"></iframe>`,
    );
  });

  it('escapes the query and the title for an attribute', () => {
    const code = embedCode({
      src: 'https://example.org/embed?event=a&from=2016-01-01',
      title: 'A "quoted" <title> & more',
    });
    expect(code).toContain('src="https://example.org/embed?event=a&amp;from=2016-01-01"');
    expect(code).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more"');
  });
});
