import type { Source } from '../schema/source.js';

/** The one source document: `../shared/corpus/000_f16439b826a9ee91.txt` beside the project. */
export const SOURCE_ID = 'f16439b826a9ee91';

export const sources = [
  {
    id: SOURCE_ID,
    title:
      'Feature on the "five-level secretaries" and the 2015–2020 poverty alleviation campaign (English machine translation)',
    // The document has no headline: this title describes it in our words.
    titleSupplied: true,
    kind: 'news-feature',
    language: 'en',
    translatedFrom: 'zh',
    machineTranslated: true,
    fileName: '000_f16439b826a9ee91.txt',
    text: {
      sha256: '78865d1355f7a2598efb8651ee272b66b1aedb2e4d4e63d1247d1d792d76a1b8',
      length: 10100,
      paragraphs: 43,
    },
    date: {
      kind: 'undated',
      earliest: '2020-04-21',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'It calls 21 April 2020 and 6 March 2020 dates of "this year", so it was written in 2020 after the latest of them.',
      },
    },
    credits: [
      {
        role: 'Producer',
        people: ['wang-shanshan', 'zhang-ou'],
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 39,
            start: 9952,
            end: 9983,
            terms: ['Producer', 'Wang Shanshan', 'Zhang Ou'],
          },
        ],
      },
      {
        role: 'Producer',
        people: ['xing-lai', 'wu-xuan'],
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 40,
            start: 9987,
            end: 10012,
            terms: ['Producer', 'Xing Lai', 'Wu Xuan'],
          },
        ],
      },
      {
        role: 'Chief Editor',
        people: ['ning-lili'],
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 41,
            start: 10016,
            end: 10038,
            terms: ['Chief Editor', 'Ning Lili'],
          },
        ],
      },
      {
        role: 'Vision',
        people: ['jiang-yuhang'],
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 42,
            start: 10042,
            end: 10061,
            terms: ['Vision', 'Jiang Yuhang'],
          },
        ],
      },
      {
        role: 'Information',
        people: ['zhang-yanan', 'yang-caiyun'],
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 43,
            start: 10065,
            end: 10100,
            terms: ['Information', 'Zhang Yanan', 'Yang Caiyun'],
          },
        ],
      },
    ],
    notes: [
      {
        text: 'Paragraph 1 ends in a fragment that is not English (", Zhendeaf and frightened."). It most likely renders, half transliterated, a Chinese idiom praising the speech as rousing; that reading is ours, and no fact rests on the fragment.',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 1,
            start: 641,
            end: 667,
            terms: ['Zhendeaf and frightened'],
          },
        ],
      },
      {
        text: 'Two credit lines carry the same role, "Producer"; the translation probably merged two different Chinese titles into one English word, so both are kept as written.',
        citations: [
          { source: SOURCE_ID, paragraph: 39, start: 9952, end: 9983, terms: ['Producer'] },
          { source: SOURCE_ID, paragraph: 40, start: 9987, end: 10012, terms: ['Producer'] },
        ],
      },
    ],
  },
] satisfies Source[];
