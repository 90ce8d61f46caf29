import { describe, expect, it } from 'vitest';
import xss from './xss-as-text';

describe('the xss that vis-timeline is given', () => {
  it('turns every string into text, markup and all', () => {
    const filter = new xss.FilterXSS();
    expect(filter.process('<img src=x onerror="alert(1)">')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
    expect(filter.process("<b>2016</b> & 'Q1'")).toBe('&lt;b&gt;2016&lt;/b&gt; &amp; &#39;Q1&#39;');
  });

  it('leaves an axis label without markup as it was', () => {
    expect(new xss.FilterXSS().process('November 2015')).toBe('November 2015');
  });
});
