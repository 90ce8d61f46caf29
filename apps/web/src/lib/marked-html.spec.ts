import { segmentText } from '@corpus/data/text';
import { describe, expect, it } from 'vitest';
import { markedHtml, spanEntriesHtml } from './marked-html';

describe('markedHtml', () => {
  it('nests marks as the segmentation does and bolds the terms', () => {
    const text = 'Alpha beta gamma.';
    const [paragraph] = segmentText(text, [
      { start: 0, end: 16, terms: ['beta'] },
      { start: 6, end: 10, terms: ['beta'] },
    ]);
    expect(markedHtml(text, 0, paragraph!.pieces, (mark) => ({ 'data-span': mark.span }))).toBe(
      '<mark data-span="0">Alpha <mark data-span="1"><b class="term">beta</b></mark> gamma</mark>.',
    );
  });

  it('escapes the text and the attribute values, so nothing in them becomes markup', () => {
    const text = 'a <img src=x onerror=alert(1)> & "b"';
    const [paragraph] = segmentText(text, [{ start: 0, end: text.length, terms: ['<img'] }]);
    const html = markedHtml(text, 0, paragraph!.pieces, () => ({ title: '"><script>' }));
    expect(html).toBe(
      '<mark title="&quot;&gt;&lt;script&gt;">a <b class="term">&lt;img</b> src=x onerror=alert(1)&gt; &amp; &quot;b&quot;</mark>',
    );
  });

  it('reads a passage from its paragraph alone, given where the paragraph starts', () => {
    const text = 'First line.\nSecond line here.';
    const [, second] = segmentText(text, [{ start: 19, end: 23, terms: ['line'] }]);
    expect(markedHtml(text.slice(12), 12, second!.pieces)).toBe(
      'Second <mark><b class="term">line</b></mark> here.',
    );
  });
});

describe('spanEntriesHtml', () => {
  it('lists each span with its records, labels escaped', () => {
    const html = spanEntriesHtml(
      [
        {
          span: { start: 3, end: 9, terms: [] },
          records: [{ kind: 'event', label: '<b onmouseover=x>"A"</b>', href: '/events/a' }],
        },
      ],
      { marked: true },
    );
    expect(html).toBe(
      '<li id="r-3-9" class="span-entry"><span class="span-link">characters 3–9</span><ul class="records"><li><a href="/events/a">&lt;b onmouseover=x&gt;&quot;A&quot;&lt;/b&gt;</a> <span class="kind">event</span></li></ul></li>',
    );
    expect(
      spanEntriesHtml([{ span: { start: 3, end: 9, terms: [] }, records: [] }], { marked: false }),
    ).toContain('id="c-3-9"');
  });
});
