import type { Event } from '../schema/event.js';
import { SOURCE_ID } from './sources.js';

/** What happened, told in our own words: dated events first by date, undated after. */
export const events = [
  {
    id: 'central-work-conference-2015',
    title: 'Central Poverty Alleviation and Development Work Conference',
    summary:
      'A central work conference on poverty alleviation and development sat for two days in late November 2015. Leaders of the central and western provinces used it to sign responsibility letters to the Party Central Committee.',
    category: 'conference',
    date: { kind: 'span', start: '2015-11-27', end: '2015-11-28', basis: { kind: 'stated' } },
    places: [],
    people: [],
    organisations: [],
    figures: [],
    related: [],
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 13,
        start: 3309,
        end: 3412,
        terms: [
          'November 27 to 28, 2015',
          'Central Poverty Alleviation and Development Work Conference',
        ],
      },
    ],
  },
  {
    id: 'responsibility-letters-22-provinces',
    title: '22 central and western provinces sign responsibility letters',
    summary:
      'At the November 2015 work conference, the leading Party and government officials of 22 provinces, autonomous regions and municipalities of central and western China each put their names to a letter to the Party Central Committee making them answerable for poverty alleviation.',
    category: 'responsibility-letters',
    date: {
      kind: 'span',
      start: '2015-11-27',
      end: '2015-11-28',
      basis: {
        kind: 'inferred',
        from: 'The letters were signed while the conference of 27–28 November 2015 was sitting; the day itself is not given.',
      },
    },
    places: ['central-and-western-regions'],
    people: [],
    organisations: ['party-central-committee'],
    figures: ['provinces-signing-letters-2015'],
    related: [{ event: 'central-work-conference-2015', relation: 'part-of' }],
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 13,
        start: 3413,
        end: 3651,
        terms: [
          'During the meeting',
          '22',
          'central and western regions',
          'Party Central Committee',
        ],
      },
    ],
  },
  {
    id: 'responsibility-letters-cascade',
    title: 'Responsibility letters signed level by level down to the villages',
    summary:
      'Building on the provincial letters of November 2015, responsibility letters for poverty alleviation were then signed in turn at province, city, county, township and village level. Xi’s March 2020 speech recalls that every province, autonomous region and municipality had signed such pledges at each level and must keep them.',
    category: 'responsibility-letters',
    date: {
      kind: 'undated',
      earliest: '2015-11-27',
      latest: '2020-03-06',
      basis: {
        kind: 'inferred',
        from: 'Came after the provincial letters signed at the conference of 27–28 November 2015, and Xi spoke of them as already signed at the symposium of 6 March 2020.',
      },
    },
    places: ['china'],
    people: [],
    organisations: [],
    figures: [],
    related: [
      { event: 'responsibility-letters-22-provinces', relation: 'follows' },
      { event: 'responsibility-system', relation: 'same-theme' },
    ],
    notes: [
      {
        text: 'Xi’s speech calls the pledges "military orders"; reading them as the same documents as the responsibility letters of the 2015 account is our interpretation.',
        citations: [
          { source: SOURCE_ID, paragraph: 1, start: 370, end: 503, terms: ['military orders'] },
          {
            source: SOURCE_ID,
            paragraph: 13,
            start: 3652,
            end: 3782,
            terms: ['provinces, cities, counties, townships, and villages'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 13,
        start: 3652,
        end: 3782,
        terms: ['On this basis', 'provinces, cities, counties, townships, and villages'],
      },
      {
        source: SOURCE_ID,
        paragraph: 1,
        start: 370,
        end: 503,
        terms: ['military orders at various levels'],
      },
    ],
  },
  {
    id: 'decisive-victory-symposium-2020',
    title: 'Symposium on winning the decisive battle against poverty',
    summary:
      'On 6 March 2020 Xi Jinping addressed a symposium on securing final victory over poverty. He insisted the 2020 deadline would be met without slippage, reminded every province that it had signed pledges, and gave national totals for the task forces and cadres sent to villages.',
    category: 'symposium',
    date: { kind: 'on', date: '2020-03-06', basis: { kind: 'stated' } },
    places: [],
    people: [{ person: 'xi-jinping', part: 'Gave the main speech and cited the national figures' }],
    organisations: [],
    figures: ['village-task-forces-dispatched', 'cadres-sent-to-villages'],
    related: [],
    notes: [
      {
        text: 'The source gives the meeting two names: "Forum on Decisive Victory and Poverty Relief" near the start and "symposium on decisive victory over poverty alleviation" near the end. Both carry the date 6 March 2020 (the first as "March 6th this year"), so they are treated as one event.',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 1,
            start: 504,
            end: 640,
            terms: ['Forum on Decisive Victory and Poverty Relief', 'March 6th this year'],
          },
          {
            source: SOURCE_ID,
            paragraph: 37,
            start: 9092,
            end: 9394,
            terms: ['March 6, 2020', 'symposium on decisive victory over poverty alleviation'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 1,
        start: 504,
        end: 640,
        terms: ['Forum on Decisive Victory and Poverty Relief', 'March 6th this year'],
      },
      {
        source: SOURCE_ID,
        paragraph: 37,
        start: 9092,
        end: 9394,
        terms: ['March 6, 2020', '255,000', '2.9 million'],
      },
    ],
  },
  {
    id: 'deadline-2020',
    title: 'Every rural poor person out of poverty by 2020',
    summary:
      'The Party Central Committee pledged to the whole nation that, by the standard then in force, all of the rural poor would have left poverty by 2020. Xi’s March 2020 speech ruled out any delay or softening of this goal, and the feature closes by crediting his personal command with keeping it on schedule.',
    category: 'policy',
    date: { kind: 'on', date: '2020', basis: { kind: 'stated' } },
    places: ['china'],
    people: [{ person: 'xi-jinping', part: 'Restated the deadline and held everyone to it' }],
    organisations: ['party-central-committee'],
    figures: [],
    related: [{ event: 'decisive-victory-symposium-2020', relation: 'context' }],
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 1,
        start: 0,
        end: 187,
        terms: ['By 2020', 'rural poor', 'Party Central Committee'],
      },
      { source: SOURCE_ID, paragraph: 38, start: 9636, end: 9948, terms: ['on schedule'] },
    ],
  },
  {
    id: 'shaanxi-inspection-2020',
    title: 'Xi inspects poverty alleviation at a tea park in Pingli County, Shaanxi',
    summary:
      'On 21 April 2020, during a trip to Shaanxi, Xi Jinping looked at poverty alleviation in a tea plantation in Laoxian Town, Pingli County, Ankang City: the Nuwa Phoenix Tea Modern Demonstration Park. A photo of him heading towards the tea growers shows, walking behind him, the Party secretaries of the province, the city, the county and Jiangjiaping Village, an image the feature holds up as the "five-level secretaries" at work.',
    category: 'inspection-visit',
    date: { kind: 'on', date: '2020-04-21', basis: { kind: 'stated' } },
    places: [
      'laoxian-town',
      'pingli-county',
      'ankang-city',
      'shaanxi-province',
      'nuwa-phoenix-tea-park',
    ],
    people: [
      { person: 'xi-jinping', part: 'Led the inspection' },
      { person: 'shaanxi-provincial-party-secretary', part: 'Walked behind Xi in the photo' },
      { person: 'ankang-municipal-party-secretary', part: 'Walked behind Xi in the photo' },
      { person: 'pingli-county-party-secretary', part: 'Walked behind Xi in the photo' },
      { person: 'jiangjiaping-village-party-secretary', part: 'Walked behind Xi in the photo' },
    ],
    organisations: [
      'shaanxi-provincial-party-committee',
      'ankang-municipal-party-committee',
      'pingli-county-party-committee',
      'jiangjiaping-village-party-branch',
    ],
    figures: ['five-levels-of-secretaries'],
    related: [{ event: 'responsibility-system', relation: 'same-theme' }],
    notes: [
      {
        text: 'The county is spelt "Pinli County" in the caption and the next paragraph but "Pingli County" in the description of the photo; the dataset uses Pingli.',
        citations: [
          { source: SOURCE_ID, paragraph: 3, start: 1049, end: 1211, terms: ['Pinli County'] },
          { source: SOURCE_ID, paragraph: 4, start: 1215, end: 1376, terms: ['Pinli County'] },
          { source: SOURCE_ID, paragraph: 5, start: 1541, end: 1782, terms: ['Pingli County'] },
        ],
      },
      {
        text: 'The caption places the visit at a tea garden in Laoxian Town, the body text at the Nuwa Phoenix park in the county. We take them to be one site; the source does not say so outright.',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 3,
            start: 1049,
            end: 1211,
            terms: ['Laoxian Town', 'tea garden'],
          },
          {
            source: SOURCE_ID,
            paragraph: 4,
            start: 1215,
            end: 1376,
            terms: ['Nuwa Phoenix Tea Modern Demonstration Park'],
          },
        ],
      },
      {
        text: 'The photo is said to show the "five-level secretaries", yet it names only four secretaries behind Xi, with no township level. Counting Xi himself as the central level makes five; that count is our reading.',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 4,
            start: 1377,
            end: 1471,
            terms: ['five-level secretaries'],
          },
          {
            source: SOURCE_ID,
            paragraph: 5,
            start: 1541,
            end: 1782,
            terms: ['Shaanxi Provincial Party Committee', 'Party Branch of Jiangjiaping Village'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 3,
        start: 1049,
        end: 1211,
        terms: [
          'April 21, 2020',
          'Laoxian Town, Pinli County, Ankang City, Shaanxi Province',
          'tea garden',
        ],
      },
      {
        source: SOURCE_ID,
        paragraph: 4,
        start: 1215,
        end: 1471,
        terms: [
          'April 21 this year',
          'Nuwa Phoenix Tea Modern Demonstration Park',
          'five-level secretaries',
        ],
      },
      {
        source: SOURCE_ID,
        paragraph: 5,
        start: 1541,
        end: 1782,
        terms: [
          'Shaanxi Provincial Party Committee',
          'Ankang Municipal Party Committee',
          'Pingli County Party Committee',
          'Party Branch of Jiangjiaping Village',
        ],
      },
    ],
  },
  {
    id: 'visits-contiguous-poverty-areas',
    title: 'Xi’s visits to the 14 contiguous areas of extreme poverty',
    summary:
      'Since the Party’s 18th National Congress, Xi Jinping has been to all 14 of the country’s concentrated, contiguous areas of extreme poverty. The feature presents these field trips, together with inspections and symposiums at each key stage, as the ground on which the main decisions on poverty alleviation were shaped.',
    category: 'inspection-visit',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as done in the feature, which was written in 2020.',
      },
    },
    places: ['china'],
    people: [{ person: 'xi-jinping', part: 'Made the visits' }],
    organisations: ['communist-party-of-china'],
    figures: ['contiguous-poverty-areas-visited'],
    related: [],
    notes: [
      {
        text: 'The visits are counted from the 18th National Congress, but the source never says when that congress met, so no earliest date is recorded. The 14 areas are not named either, so they have no place records.',
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
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 7,
        start: 2007,
        end: 2193,
        terms: ['18th National Congress of the Communist Party of China', '14'],
      },
      { source: SOURCE_ID, paragraph: 9, start: 2520, end: 2707, terms: ['investigation'] },
      { source: SOURCE_ID, paragraph: 10, start: 2711, end: 2813, terms: ['key stage'] },
      {
        source: SOURCE_ID,
        paragraph: 11,
        start: 2817,
        end: 3055,
        terms: ['inspections', 'symposiums'],
      },
    ],
  },
  {
    id: 'responsibility-system',
    title: 'Poverty alleviation responsibility shared out from the centre down to the villages',
    summary:
      'Under the working arrangement, the centre sets the overall plan, the provinces, autonomous regions and municipalities answer for results, and cities, prefectures and counties carry the work out. Xi called for stronger Party leadership and for Party committees at every level to do their part, and the feature credits the "five-level secretaries" with carrying responsibility from the Central Committee to the grassroots, with the stress put on carrying plans out rather than drawing them up.',
    category: 'policy',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as already under way or done in the feature, which was written in 2020.',
      },
    },
    places: ['china'],
    people: [{ person: 'xi-jinping', part: 'Called for stronger Party leadership of the work' }],
    organisations: ['communist-party-of-china', 'party-central-committee'],
    figures: ['five-levels-of-secretaries'],
    related: [
      { event: 'responsibility-letters-22-provinces', relation: 'same-theme' },
      { event: 'responsibility-letters-cascade', relation: 'same-theme' },
    ],
    notes: [
      {
        text: 'The source speaks of "five-level secretaries" but, where it spells the levels out, lists only four: provinces, cities, counties and villages. Its account of the responsibility letters names five levels, adding townships. The discrepancy is recorded, not resolved.',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 25,
            start: 6180,
            end: 6485,
            terms: ['five-level secretaries', 'provinces, cities, counties and villages'],
          },
          {
            source: SOURCE_ID,
            paragraph: 13,
            start: 3652,
            end: 3782,
            terms: ['provinces, cities, counties, townships, and villages'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 2,
        start: 671,
        end: 980,
        terms: [
          'central coordination',
          'overall responsibility',
          'cities (prefectures) and counties',
        ],
      },
      {
        source: SOURCE_ID,
        paragraph: 6,
        start: 1786,
        end: 2003,
        terms: ['Party Central Committee', 'last mile'],
      },
      {
        source: SOURCE_ID,
        paragraph: 12,
        start: 3207,
        end: 3305,
        terms: ['Party committees (party groups) at all levels'],
      },
      {
        source: SOURCE_ID,
        paragraph: 14,
        start: 3786,
        end: 3843,
        terms: ['One point for deployment', 'nine points for implementation'],
      },
      {
        source: SOURCE_ID,
        paragraph: 25,
        start: 6180,
        end: 6485,
        terms: ['five-level secretaries'],
      },
    ],
  },
  {
    id: 'western-regions-shortfall',
    title: 'The western regions as the weak point of poverty alleviation',
    summary:
      'The feature identifies the western regions, above all ethnic and frontier areas, former revolutionary bases and contiguous pockets of poverty, as where poverty runs deepest and costs most to overcome, and so as the weakest part of the campaign.',
    category: 'policy',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as already under way or done in the feature, which was written in 2020.',
      },
    },
    places: ['western-regions'],
    people: [],
    organisations: [],
    figures: [],
    related: [],
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 15,
        start: 3847,
        end: 4134,
        terms: [
          'The western regions',
          'ethnic regions',
          'frontier regions',
          'old revolutionary base areas',
        ],
      },
    ],
  },
  {
    id: 'east-west-industry-transfer',
    title: 'Moving industry from east to west in stages',
    summary:
      'Xi Jinping set out requirements for shifting industries step by step from the eastern to the western regions, so that the two sides complement each other and share people, technology, ideas and ways of working for joint development.',
    category: 'east-west-cooperation',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as already under way or done in the feature, which was written in 2020.',
      },
    },
    places: ['eastern-regions', 'western-regions'],
    people: [{ person: 'xi-jinping', part: 'Set out the requirements' }],
    organisations: [],
    figures: [],
    related: [{ event: 'western-regions-shortfall', relation: 'context' }],
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 16,
        start: 4138,
        end: 4409,
        terms: ['gradient transfer', 'from the east to the west'],
      },
    ],
  },
  {
    id: 'taizhou-guangyuan-pairing',
    title: 'Taizhou in Zhejiang paired with Guangyuan in Sichuan',
    summary:
      'Taizhou and Guangyuan, far apart but described as close kin, are paired for east–west poverty alleviation. Firms from Taizhou have set up in the cooperation industrial park in Cangxi County, whose farm section grows bayberries and other cash crops brought from Taizhou at scale; the park has a picking site in Changjiang Village, Tingzi Town. Taizhou is said to back Guangyuan fully in its fight against poverty.',
    category: 'east-west-cooperation',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as already under way or done in the feature, which was written in 2020.',
      },
    },
    places: [
      'taizhou',
      'zhejiang-province',
      'guangyuan-city',
      'sichuan-province',
      'cangxi-county',
      'tingzi-town',
      'changjiang-village',
      'cangxi-east-west-industrial-park',
    ],
    people: [],
    organisations: ['taizhou-enterprises'],
    figures: [],
    related: [{ event: 'east-west-industry-transfer', relation: 'part-of' }],
    notes: [
      {
        text: 'The caption of the park photo reads "Sydney Industrial Park", apparently a translation slip; we treat it as the Cangxi cooperation park of the body text.',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 17,
            start: 4411,
            end: 4591,
            terms: ['Sydney Industrial Park'],
          },
          {
            source: SOURCE_ID,
            paragraph: 19,
            start: 4699,
            end: 5012,
            terms: ['East-West Poverty Alleviation Cooperative Industrial Park'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 18,
        start: 4595,
        end: 4695,
        terms: ['Taizhou, Zhejiang', 'Guangyuan, Sichuan', 'old relatives'],
      },
      {
        source: SOURCE_ID,
        paragraph: 19,
        start: 4699,
        end: 5012,
        terms: ['Cangxi County', 'enterprises from Taizhou', 'bayberry'],
      },
      {
        source: SOURCE_ID,
        paragraph: 19,
        start: 4699,
        end: 5241,
        terms: ['Since the pairing', 'Taizhou', 'Guangyuan'],
      },
      {
        source: SOURCE_ID,
        paragraph: 17,
        start: 4411,
        end: 4591,
        terms: ['picking site', 'Changjiang Village, Tingzi Town, Cangxi County'],
      },
    ],
  },
  {
    id: 'longsheng-supervision',
    title: 'Longsheng discipline inspectors follow up a missing chronic-disease card',
    summary:
      'A special team of the Longsheng County discipline inspection commission, checking the work style of poverty alleviation, noticed that a household’s aid handbook recorded the householder’s mother as chronically ill although her chronic-disease card had never been issued: an earlier round of processing in the village had left it pending. The team told the village team to find out why and to take the householder to the right office quickly.',
    category: 'supervision',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as already under way or done in the feature, which was written in 2020.',
      },
    },
    places: ['longsheng-county', 'guilin', 'guangxi'],
    people: [],
    organisations: [
      'longsheng-county-commission-for-discipline-inspection',
      'longsheng-work-style-supervision-team',
      'longsheng-village-team',
    ],
    figures: [],
    related: [{ event: 'responsibility-system', relation: 'same-theme' }],
    notes: [
      {
        text: 'The feature offers the exchange only as a typical example; it names neither the household nor the village and gives no date.',
        citations: [
          { source: SOURCE_ID, paragraph: 24, start: 5911, end: 6176, terms: ['epitome'] },
        ],
      },
    ],
    citations: [
      { source: SOURCE_ID, paragraph: 20, start: 5245, end: 5395, terms: ['shortcomings'] },
      {
        source: SOURCE_ID,
        paragraph: 21,
        start: 5399,
        end: 5575,
        terms: ['Help Handbook', 'long-term chronic diseases', 'chronic disease card'],
      },
      {
        source: SOURCE_ID,
        paragraph: 22,
        start: 5579,
        end: 5739,
        terms: ['chronic disease card', 'put on hold'],
      },
      { source: SOURCE_ID, paragraph: 23, start: 5743, end: 5907, terms: ['village team'] },
      {
        source: SOURCE_ID,
        paragraph: 24,
        start: 5911,
        end: 6176,
        terms: [
          'special supervision team',
          'Longsheng County Commission for Discipline Inspection',
          'Guilin, Guangxi',
        ],
      },
    ],
  },
  {
    id: 'first-secretaries-emphasis',
    title: 'Work teams and first secretaries sent to poor villages',
    summary:
      'Xi Jinping stressed again and again how much depends on the first secretaries and work teams posted to villages: the measures exist, and what counts is real results. By March 2020 he could report 255,000 village task forces in the field and over 2.9 million officials from county level up placed in poor or weak villages as first secretaries or village cadres.',
    category: 'first-secretaries',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as already under way or done in the feature, which was written in 2020.',
      },
    },
    places: ['china'],
    people: [{ person: 'xi-jinping', part: 'Stressed the role of first secretaries' }],
    organisations: ['village-task-forces'],
    figures: ['village-task-forces-dispatched', 'cadres-sent-to-villages'],
    related: [{ event: 'decisive-victory-symposium-2020', relation: 'context' }],
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 26,
        start: 6489,
        end: 6805,
        terms: ['first secretary', 'repeatedly emphasized'],
      },
      { source: SOURCE_ID, paragraph: 27, start: 6948, end: 7009, terms: ['most capable people'] },
      {
        source: SOURCE_ID,
        paragraph: 37,
        start: 9092,
        end: 9584,
        terms: ['255,000', 'village task forces', '2.9 million', 'first secretaries'],
      },
    ],
  },
  {
    id: 'first-secretary-qi-zhigang',
    title: 'Qi Zhigang, first secretary of Shaoguoling Village, Jilin',
    summary:
      'As first secretary of Shaoguoling Village in Jilin, Qi Zhigang spends his days finding online buyers for the melons and grapes the village grows and calling on poor households to sort out their problems. A photo shows him with Gu Fengying, a member of a poor household.',
    category: 'first-secretaries',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as already under way or done in the feature, which was written in 2020.',
      },
    },
    places: [
      'shaoguoling-village',
      'helong-town',
      'nong-an-county',
      'kuancheng-district',
      'changchun',
      'jilin-province',
    ],
    people: [
      { person: 'qi-zhigang', part: 'First secretary of the village' },
      { person: 'gu-fengying', part: 'Poor household he visited' },
    ],
    organisations: [],
    figures: [],
    related: [{ event: 'first-secretaries-emphasis', relation: 'part-of' }],
    notes: [
      {
        text: "The caption places Shaoguoling Village in Helong Town, Nong'an County, Jilin Province, while the body text places it in Kuancheng District, Changchun, Jilin. Both locations are recorded.",
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 28,
            start: 7011,
            end: 7148,
            terms: ['Shaoguoling Village', "Helong Town, Nong'an County, Jilin Province"],
          },
          {
            source: SOURCE_ID,
            paragraph: 29,
            start: 7152,
            end: 7417,
            terms: ['Shaoguoling Village', 'Kuancheng District, Changchun, Jilin'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 28,
        start: 7011,
        end: 7148,
        terms: ['Qi Zhigang', 'Shaoguoling Village', 'Gu Fengying'],
      },
      {
        source: SOURCE_ID,
        paragraph: 29,
        start: 7152,
        end: 7417,
        terms: ['Shaoguoling Village', 'melons and grapes', 'Qi Zhigang'],
      },
    ],
  },
  {
    id: 'first-secretary-gao-shiping',
    title: 'Gao Shiping, first secretary of Pangwan Village, Ningxia',
    summary:
      'Gao Shiping, first secretary of Pangwan Village in Xiji County, Guyuan, set up an "Incorruption Clinic" that logs the complaints villagers bring in, helps him learn local ways and traces disputes to their source. A photo shows him checking silage stored in the silos.',
    category: 'first-secretaries',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as already under way or done in the feature, which was written in 2020.',
      },
    },
    places: ['pangwan-village', 'xiji-county', 'guyuan-city', 'ningxia'],
    people: [{ person: 'gao-shiping', part: 'First secretary of the village' }],
    organisations: ['incorruption-clinic'],
    figures: [],
    related: [{ event: 'first-secretaries-emphasis', relation: 'part-of' }],
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 30,
        start: 7419,
        end: 7550,
        terms: ['Gao Shiping', 'Pangwan Village', 'pickled grass', 'silos'],
      },
      {
        source: SOURCE_ID,
        paragraph: 31,
        start: 7554,
        end: 7811,
        terms: ['Gao Shiping', 'Pangwan Village', 'Incorruption Clinic'],
      },
    ],
  },
  {
    id: 'first-secretary-yang-fulei',
    title: 'Yang Fulei, first secretary of Houtan Village, Jiangsu',
    summary:
      'Yang Fulei, first secretary of Houtan Village in Xinyi, Jiangsu, got villagers to try new crop varieties and growing methods and helped them find buyers. A villager reports income per acre of 20,000 to 30,000, several times the earlier level, and the feature credits him with opening a path towards industrialised farming.',
    category: 'first-secretaries',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as already under way or done in the feature, which was written in 2020.',
      },
    },
    places: ['houtan-village', 'tangdian-street', 'xinyi-city', 'xuzhou-city', 'jiangsu-province'],
    people: [{ person: 'yang-fulei', part: 'First secretary of the village' }],
    organisations: [],
    figures: ['houtan-income-per-acre'],
    related: [{ event: 'first-secretaries-emphasis', relation: 'part-of' }],
    notes: [
      {
        text: 'The body text runs two sentences together and seems to say Yang Fulei comes from Houtan Village; the caption only makes him its first secretary, which is all the dataset records.',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 32,
            start: 7813,
            end: 7971,
            terms: ['Yang Fulei', 'first secretary of Houtan Village'],
          },
          {
            source: SOURCE_ID,
            paragraph: 33,
            start: 8146,
            end: 8321,
            terms: ['is from Houtan Village'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 32,
        start: 7813,
        end: 7971,
        terms: ['Yang Fulei', 'Houtan Village', 'Xuzhou City'],
      },
      {
        source: SOURCE_ID,
        paragraph: 33,
        start: 8052,
        end: 8321,
        terms: ['20,000 to 30,000', 'several times', 'Yang Fulei', 'Houtan Village'],
      },
    ],
  },
  {
    id: 'first-secretary-zhang-jinli',
    title: "Zhang Jinli, first secretary of Le'a Village, Gansu",
    summary:
      "Le'a Village in Zhouqu County, Gannan, was deeply poor, with close to half its households on the poverty register. First secretary Zhang Jinli brought in farming experts, who advised growing Chinese medicinal herbs and wild vegetables; seedlings were donated and technical help given, and under his lead the whole village left poverty earlier than planned. A photo shows him checking villagers' water pipes.",
    category: 'first-secretaries',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as already under way or done in the feature, which was written in 2020.',
      },
    },
    places: [
      'le-a-village',
      'guoye-town',
      'zhouqu-county',
      'gannan-tibetan-autonomous-prefecture',
      'gansu-province',
    ],
    people: [{ person: 'zhang-jinli', part: 'First secretary of the village' }],
    organisations: [],
    figures: ['le-a-registered-poor-share'],
    related: [{ event: 'first-secretaries-emphasis', relation: 'part-of' }],
    notes: [],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 34,
        start: 8323,
        end: 8497,
        terms: ['Zhang Jinli', "Le'a Village", 'water pipes'],
      },
      {
        source: SOURCE_ID,
        paragraph: 35,
        start: 8638,
        end: 8974,
        terms: ['Nearly half', 'Zhang Jinli', 'medicinal materials and wild vegetables'],
      },
      {
        source: SOURCE_ID,
        paragraph: 36,
        start: 8978,
        end: 9088,
        terms: ['Zhang Jinli', "Le'a village", 'ahead of schedule'],
      },
    ],
  },
] satisfies Event[];
