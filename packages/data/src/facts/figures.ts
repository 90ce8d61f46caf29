import type { Figure } from '../schema/figure.js';
import { SOURCE_ID } from './sources.js';

/** Every number the source states, with the words it rests on as printed. */
export const figures = [
  {
    id: 'provinces-signing-letters-2015',
    label:
      'Central and western provinces, autonomous regions and municipalities whose top Party and government officials signed responsibility letters to the Party Central Committee',
    value: 22,
    unit: 'provinces, autonomous regions and municipalities',
    qualifier: 'exactly',
    asWritten: '22',
    asOf: {
      kind: 'span',
      start: '2015-11-27',
      end: '2015-11-28',
      basis: {
        kind: 'inferred',
        from: 'The letters were signed while the conference of 27–28 November 2015 was sitting; the day itself is not given.',
      },
    },
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 13,
        start: 3309,
        end: 3651,
        terms: ['November 27 to 28, 2015', '22', 'central and western regions'],
      },
    ],
  },
  {
    id: 'village-task-forces-dispatched',
    label: 'Village task forces sent out across the country, counted as a total',
    value: 255000,
    unit: 'village task forces',
    qualifier: 'exactly',
    asWritten: '255,000',
    asOf: {
      kind: 'on',
      date: '2020-03-06',
      basis: {
        kind: 'inferred',
        from: 'The total Xi gave at the symposium of 6 March 2020, counted up to that day.',
      },
    },
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 37,
        start: 9092,
        end: 9394,
        terms: ['March 6, 2020', 'a total of 255,000', '255,000', 'village task forces'],
      },
    ],
  },
  {
    id: 'cadres-sent-to-villages',
    label:
      'Cadres of Party and government agencies, state-owned enterprises and institutions, selected from county level and above to serve in poor and weak villages as first secretaries or village cadres',
    value: 2900000,
    unit: 'cadres',
    qualifier: 'more-than',
    asWritten: '2.9 million',
    asOf: {
      kind: 'on',
      date: '2020-03-06',
      basis: {
        kind: 'inferred',
        from: 'The total Xi gave at the symposium of 6 March 2020, counted up to that day.',
      },
    },
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 37,
        start: 9092,
        end: 9394,
        terms: ['March 6, 2020', 'more than 2.9 million', '2.9 million', 'county level and above'],
      },
      {
        source: SOURCE_ID,
        paragraph: 37,
        start: 9395,
        end: 9584,
        terms: [
          'party and government agencies',
          'state-owned enterprises and institutions',
          'first secretaries',
        ],
      },
    ],
  },
  {
    id: 'contiguous-poverty-areas-visited',
    label: 'Concentrated contiguous areas of extreme poverty that Xi has visited',
    value: 14,
    unit: 'concentrated contiguous areas of extreme poverty',
    qualifier: 'exactly',
    asWritten: '14',
    asOf: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'A running total given in the feature, which was written in 2020.',
      },
    },
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 7,
        start: 2007,
        end: 2193,
        terms: ['18th National Congress', '14'],
      },
    ],
  },
  {
    id: 'houtan-income-per-acre',
    label:
      'Income per acre (as translated) in Houtan Village after new crop varieties and planting methods',
    value: 20000,
    upTo: 30000,
    unit: 'income per "acre" as translated, most likely the Chinese mu (currency not stated)',
    qualifier: 'range',
    asWritten: '20,000 to 30,000',
    asOf: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'A villager quoted in the 2020 feature gives it as the present income.',
      },
    },
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 33,
        start: 8052,
        end: 8145,
        terms: ['20,000 to 30,000', 'several times', 'income per acre'],
      },
    ],
  },
  {
    id: 'le-a-registered-poor-share',
    label: "Share of Le'a Village's households that were filed and registered as poor",
    value: 0.5,
    unit: 'share of households',
    qualifier: 'nearly',
    asWritten: 'Nearly half',
    asOf: { kind: 'undated', basis: { kind: 'not-stated' } },
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 35,
        start: 8638,
        end: 8706,
        terms: ['Nearly half', 'registered poor households'],
      },
    ],
  },
  {
    id: 'five-levels-of-secretaries',
    label: 'Levels of Party secretaries held responsible for poverty alleviation',
    value: 5,
    unit: 'levels of Party secretaries',
    qualifier: 'exactly',
    asWritten: 'five-level',
    asOf: { kind: 'undated', basis: { kind: 'not-stated' } },
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 4,
        start: 1377,
        end: 1471,
        terms: ['five-level secretaries'],
      },
      { source: SOURCE_ID, paragraph: 25, start: 6180, end: 6485, terms: ['five-level'] },
    ],
  },
] satisfies Figure[];
