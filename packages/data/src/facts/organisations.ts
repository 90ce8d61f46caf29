import type { Organisation } from '../schema/organisation.js';
import { SOURCE_ID } from './sources.js';

/** Party bodies, teams, firms and initiatives the source names. */
export const organisations = [
  {
    id: 'communist-party-of-china',
    name: 'Communist Party of China',
    kind: 'party',
    aliases: [],
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 7,
        start: 2007,
        end: 2193,
        terms: ['Communist Party of China'],
      },
      { source: SOURCE_ID, paragraph: 12, start: 3061, end: 3206, terms: ["party's leadership"] },
    ],
  },
  {
    id: 'party-central-committee',
    name: 'Party Central Committee',
    kind: 'party-body',
    aliases: [],
    parent: 'communist-party-of-china',
    notes: [],
    citations: [
      { source: SOURCE_ID, paragraph: 1, start: 88, end: 187, terms: ['Party Central Committee'] },
      {
        source: SOURCE_ID,
        paragraph: 13,
        start: 3413,
        end: 3651,
        terms: ['Party Central Committee'],
      },
      {
        source: SOURCE_ID,
        paragraph: 25,
        start: 6180,
        end: 6485,
        terms: ['Party Central Committee'],
      },
    ],
  },
  {
    id: 'shaanxi-provincial-party-committee',
    name: 'Shaanxi Provincial Party Committee',
    kind: 'party-body',
    aliases: [],
    parent: 'communist-party-of-china',
    place: 'shaanxi-province',
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 5,
        start: 1541,
        end: 1782,
        terms: ['Shaanxi Provincial Party Committee'],
      },
    ],
  },
  {
    id: 'ankang-municipal-party-committee',
    name: 'Ankang Municipal Party Committee',
    kind: 'party-body',
    aliases: [],
    parent: 'communist-party-of-china',
    place: 'ankang-city',
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 5,
        start: 1541,
        end: 1782,
        terms: ['Ankang Municipal Party Committee'],
      },
    ],
  },
  {
    id: 'pingli-county-party-committee',
    name: 'Pingli County Party Committee',
    kind: 'party-body',
    aliases: [],
    parent: 'communist-party-of-china',
    place: 'pingli-county',
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 5,
        start: 1541,
        end: 1782,
        terms: ['Pingli County Party Committee'],
      },
    ],
  },
  {
    id: 'jiangjiaping-village-party-branch',
    name: 'Party Branch of Jiangjiaping Village',
    kind: 'party-body',
    aliases: [],
    parent: 'communist-party-of-china',
    place: 'jiangjiaping-village',
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 5,
        start: 1541,
        end: 1782,
        terms: ['Party Branch of Jiangjiaping Village'],
      },
    ],
  },
  {
    id: 'longsheng-county-commission-for-discipline-inspection',
    name: 'Longsheng County Commission for Discipline Inspection',
    kind: 'discipline-body',
    aliases: [],
    place: 'longsheng-county',
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 24,
        start: 5911,
        end: 6176,
        terms: ['Longsheng County Commission for Discipline Inspection'],
      },
    ],
  },
  {
    id: 'longsheng-work-style-supervision-team',
    name: 'Special supervision team on poverty alleviation work style (Longsheng County)',
    kind: 'team',
    aliases: [],
    parent: 'longsheng-county-commission-for-discipline-inspection',
    place: 'longsheng-county',
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 24,
        start: 5911,
        end: 6176,
        terms: [
          'special supervision team',
          'poverty alleviation work style',
          'Longsheng County Commission for Discipline Inspection',
        ],
      },
    ],
  },
  {
    id: 'longsheng-village-team',
    name: 'Village team in the supervised village (Longsheng County)',
    kind: 'team',
    aliases: [],
    place: 'longsheng-county',
    notes: [
      {
        text: 'The source names neither the village nor the household. That the team works in Longsheng County is our inference from the supervision team that gave it the task.',
        citations: [
          { source: SOURCE_ID, paragraph: 23, start: 5743, end: 5907, terms: ['village team'] },
          { source: SOURCE_ID, paragraph: 24, start: 5911, end: 6176, terms: ['Longsheng County'] },
        ],
      },
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 23, start: 5743, end: 5907, terms: ['village team'] },
    ],
  },
  {
    id: 'village-task-forces',
    name: 'Village task forces',
    kind: 'team',
    aliases: ['poverty alleviation work team'],
    notes: [
      {
        text: 'Xi speaks of sending a poverty alleviation work team alongside the first secretary, and the symposium figures count village task forces sent out. Taking the two as the same kind of team is our reading.',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 26,
            start: 6489,
            end: 6551,
            terms: ['poverty alleviation work team'],
          },
          {
            source: SOURCE_ID,
            paragraph: 37,
            start: 9092,
            end: 9394,
            terms: ['village task forces'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 37,
        start: 9092,
        end: 9394,
        terms: ['255,000', 'village task forces'],
      },
      {
        source: SOURCE_ID,
        paragraph: 26,
        start: 6489,
        end: 6551,
        terms: ['poverty alleviation work team'],
      },
    ],
  },
  {
    id: 'taizhou-enterprises',
    name: 'Enterprises from Taizhou',
    kind: 'enterprise',
    aliases: [],
    place: 'taizhou',
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 19,
        start: 4699,
        end: 5012,
        terms: ['enterprises from Taizhou'],
      },
    ],
  },
  {
    id: 'incorruption-clinic',
    name: 'Incorruption Clinic',
    kind: 'initiative',
    aliases: [],
    place: 'pangwan-village',
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 31,
        start: 7554,
        end: 7811,
        terms: ['Incorruption Clinic', 'Gao Shiping'],
      },
    ],
  },
] satisfies Organisation[];
