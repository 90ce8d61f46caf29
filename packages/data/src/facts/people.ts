import type { Person } from '../schema/person.js';
import { SOURCE_ID } from './sources.js';

/** Everyone the source names or describes by office, and the people it credits. */
export const people = [
  {
    id: 'xi-jinping',
    name: 'Xi Jinping',
    label: 'Xi Jinping',
    roles: [
      {
        title: 'General Secretary',
        organisation: 'communist-party-of-china',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 7,
            start: 2007,
            end: 2193,
            terms: ['Communist Party of China', 'General Secretary Xi Jinping'],
          },
          {
            source: SOURCE_ID,
            paragraph: 1,
            start: 504,
            end: 640,
            terms: ['General Secretary Xi Jinping'],
          },
        ],
      },
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 1, start: 504, end: 640, terms: ['Xi Jinping'] },
      { source: SOURCE_ID, paragraph: 3, start: 1049, end: 1211, terms: ['Xi Jinping'] },
      { source: SOURCE_ID, paragraph: 37, start: 9092, end: 9394, terms: ['Xi Jinping'] },
    ],
  },
  {
    id: 'shaanxi-provincial-party-secretary',
    name: null,
    label: 'Shaanxi provincial Party secretary (not named)',
    roles: [
      {
        title: 'Party secretary of the province',
        organisation: 'shaanxi-provincial-party-committee',
        place: 'shaanxi-province',
        date: {
          kind: 'on',
          date: '2020-04-21',
          basis: {
            kind: 'inferred',
            from: 'Shown holding this post in the photo taken on the visit of 21 April 2020.',
          },
        },
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 5,
            start: 1541,
            end: 1782,
            terms: ['Secretary of the Shaanxi Provincial Party Committee'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 5,
        start: 1541,
        end: 1782,
        terms: ['Secretary of the Shaanxi Provincial Party Committee'],
      },
    ],
  },
  {
    id: 'ankang-municipal-party-secretary',
    name: null,
    label: 'Ankang city Party secretary (not named)',
    roles: [
      {
        title: 'Party secretary of the city',
        organisation: 'ankang-municipal-party-committee',
        place: 'ankang-city',
        date: {
          kind: 'on',
          date: '2020-04-21',
          basis: {
            kind: 'inferred',
            from: 'Shown holding this post in the photo taken on the visit of 21 April 2020.',
          },
        },
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 5,
            start: 1541,
            end: 1782,
            terms: ['Secretary of the Ankang Municipal Party Committee'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 5,
        start: 1541,
        end: 1782,
        terms: ['Secretary of the Ankang Municipal Party Committee'],
      },
    ],
  },
  {
    id: 'pingli-county-party-secretary',
    name: null,
    label: 'Pingli county Party secretary (not named)',
    roles: [
      {
        title: 'Party secretary of the county',
        organisation: 'pingli-county-party-committee',
        place: 'pingli-county',
        date: {
          kind: 'on',
          date: '2020-04-21',
          basis: {
            kind: 'inferred',
            from: 'Shown holding this post in the photo taken on the visit of 21 April 2020.',
          },
        },
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 5,
            start: 1541,
            end: 1782,
            terms: ['Secretary of the Pingli County Party Committee'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 5,
        start: 1541,
        end: 1782,
        terms: ['Secretary of the Pingli County Party Committee'],
      },
    ],
  },
  {
    id: 'jiangjiaping-village-party-secretary',
    name: null,
    label: 'Jiangjiaping village Party branch secretary (not named)',
    roles: [
      {
        title: 'Secretary of the village Party branch',
        organisation: 'jiangjiaping-village-party-branch',
        place: 'jiangjiaping-village',
        date: {
          kind: 'on',
          date: '2020-04-21',
          basis: {
            kind: 'inferred',
            from: 'Shown holding this post in the photo taken on the visit of 21 April 2020.',
          },
        },
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 5,
            start: 1541,
            end: 1782,
            terms: ['Secretary of the Party Branch of Jiangjiaping Village'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 5,
        start: 1541,
        end: 1782,
        terms: ['Secretary of the Party Branch of Jiangjiaping Village'],
      },
    ],
  },
  {
    id: 'qi-zhigang',
    name: 'Qi Zhigang',
    label: 'Qi Zhigang',
    roles: [
      {
        title: 'First secretary of the village',
        place: 'shaoguoling-village',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 28,
            start: 7011,
            end: 7148,
            terms: ['Qi Zhigang', 'first secretary', 'Shaoguoling Village'],
          },
          {
            source: SOURCE_ID,
            paragraph: 29,
            start: 7152,
            end: 7417,
            terms: ['Shaoguoling Village', 'first secretary Qi Zhigang'],
          },
        ],
      },
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 28, start: 7011, end: 7148, terms: ['Qi Zhigang'] },
      { source: SOURCE_ID, paragraph: 29, start: 7152, end: 7417, terms: ['Qi Zhigang'] },
    ],
  },
  {
    id: 'gu-fengying',
    name: 'Gu Fengying',
    label: 'Gu Fengying',
    roles: [
      {
        title: 'Member of a poor household visited by the village first secretary',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 28,
            start: 7011,
            end: 7148,
            terms: ['poor household Gu Fengying'],
          },
        ],
      },
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 28, start: 7011, end: 7148, terms: ['Gu Fengying'] },
    ],
  },
  {
    id: 'gao-shiping',
    name: 'Gao Shiping',
    label: 'Gao Shiping',
    roles: [
      {
        title: 'First secretary of the village',
        place: 'pangwan-village',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 30,
            start: 7419,
            end: 7550,
            terms: ['Gao Shiping', 'first secretary', 'Pangwan Village'],
          },
          {
            source: SOURCE_ID,
            paragraph: 31,
            start: 7554,
            end: 7643,
            terms: ['Gao Shiping', 'first secretary', 'Pangwan Village'],
          },
        ],
      },
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 30, start: 7419, end: 7550, terms: ['Gao Shiping'] },
      { source: SOURCE_ID, paragraph: 31, start: 7554, end: 7643, terms: ['Gao Shiping'] },
    ],
  },
  {
    id: 'yang-fulei',
    name: 'Yang Fulei',
    label: 'Yang Fulei',
    roles: [
      {
        title: 'First secretary of the village',
        place: 'houtan-village',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 32,
            start: 7813,
            end: 7971,
            terms: ['Yang Fulei', 'first secretary', 'Houtan Village'],
          },
        ],
      },
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 32, start: 7813, end: 7971, terms: ['Yang Fulei'] },
      {
        source: SOURCE_ID,
        paragraph: 33,
        start: 7975,
        end: 8321,
        terms: ['Secretary Yang', 'Yang Fulei'],
      },
    ],
  },
  {
    id: 'zhang-jinli',
    name: 'Zhang Jinli',
    label: 'Zhang Jinli',
    roles: [
      {
        title: 'First secretary of the village',
        place: 'le-a-village',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 34,
            start: 8323,
            end: 8497,
            terms: ['Zhang Jinli', 'first secretary', "Le'a Village"],
          },
          {
            source: SOURCE_ID,
            paragraph: 35,
            start: 8707,
            end: 8974,
            terms: ['first secretary Zhang Jinli'],
          },
        ],
      },
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 34, start: 8323, end: 8497, terms: ['Zhang Jinli'] },
      { source: SOURCE_ID, paragraph: 35, start: 8707, end: 8974, terms: ['Zhang Jinli'] },
      { source: SOURCE_ID, paragraph: 36, start: 8978, end: 9088, terms: ['Zhang Jinli'] },
    ],
  },
  {
    id: 'wang-shanshan',
    name: 'Wang Shanshan',
    label: 'Wang Shanshan',
    roles: [
      {
        title: 'Producer',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 39,
            start: 9952,
            end: 9983,
            terms: ['Producer', 'Wang Shanshan'],
          },
        ],
      },
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 39, start: 9952, end: 9983, terms: ['Wang Shanshan'] },
    ],
  },
  {
    id: 'zhang-ou',
    name: 'Zhang Ou',
    label: 'Zhang Ou',
    roles: [
      {
        title: 'Producer',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 39,
            start: 9952,
            end: 9983,
            terms: ['Producer', 'Zhang Ou'],
          },
        ],
      },
    ],
    citations: [{ source: SOURCE_ID, paragraph: 39, start: 9952, end: 9983, terms: ['Zhang Ou'] }],
  },
  {
    id: 'xing-lai',
    name: 'Xing Lai',
    label: 'Xing Lai',
    roles: [
      {
        title: 'Producer',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 40,
            start: 9987,
            end: 10012,
            terms: ['Producer', 'Xing Lai'],
          },
        ],
      },
    ],
    citations: [{ source: SOURCE_ID, paragraph: 40, start: 9987, end: 10012, terms: ['Xing Lai'] }],
  },
  {
    id: 'wu-xuan',
    name: 'Wu Xuan',
    label: 'Wu Xuan',
    roles: [
      {
        title: 'Producer',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 40,
            start: 9987,
            end: 10012,
            terms: ['Producer', 'Wu Xuan'],
          },
        ],
      },
    ],
    citations: [{ source: SOURCE_ID, paragraph: 40, start: 9987, end: 10012, terms: ['Wu Xuan'] }],
  },
  {
    id: 'ning-lili',
    name: 'Ning Lili',
    label: 'Ning Lili',
    roles: [
      {
        title: 'Chief editor',
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
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 41, start: 10016, end: 10038, terms: ['Ning Lili'] },
    ],
  },
  {
    id: 'jiang-yuhang',
    name: 'Jiang Yuhang',
    label: 'Jiang Yuhang',
    roles: [
      {
        title: 'Visuals (credited as "Vision")',
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
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 42, start: 10042, end: 10061, terms: ['Jiang Yuhang'] },
    ],
  },
  {
    id: 'zhang-yanan',
    name: 'Zhang Yanan',
    label: 'Zhang Yanan',
    roles: [
      {
        title: 'Information (as credited)',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 43,
            start: 10065,
            end: 10100,
            terms: ['Information', 'Zhang Yanan'],
          },
        ],
      },
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 43, start: 10065, end: 10100, terms: ['Zhang Yanan'] },
    ],
  },
  {
    id: 'yang-caiyun',
    name: 'Yang Caiyun',
    label: 'Yang Caiyun',
    roles: [
      {
        title: 'Information (as credited)',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 43,
            start: 10065,
            end: 10100,
            terms: ['Information', 'Yang Caiyun'],
          },
        ],
      },
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 43, start: 10065, end: 10100, terms: ['Yang Caiyun'] },
    ],
  },
] satisfies Person[];
