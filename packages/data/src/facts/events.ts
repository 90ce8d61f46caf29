import type { Event } from '../schema/event.js';
import { SOURCE_ID } from './sources.js';

/** What happened, told in our own words: dated events first by date, undated after. */
export const events = [
  {
    id: 'central-work-conference-2015',
    title: 'Central Poverty Alleviation and Development Work Conference',
    summary:
      'A central work conference on poverty alleviation and development sat for two days in late November 2015. During it, the leading Party and government officials of 22 central and western provinces, autonomous regions and municipalities signed responsibility letters to the Party Central Committee.',
    kind: 'happening',
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
      'At the November 2015 work conference, the leading Party and government officials of 22 provinces, autonomous regions and municipalities of central and western China signed responsibility letters for poverty alleviation, addressed to the Party Central Committee.',
    kind: 'happening',
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
      'On the basis of the provincial letters of November 2015, responsibility letters for poverty alleviation were then signed at province, city, county, township and village level. Xi’s March 2020 speech says that every province, autonomous region and municipality has signed "military orders" level by level and must keep its promises; reading these as the same pledges is ours.',
    kind: 'happening',
    category: 'responsibility-letters',
    date: {
      kind: 'undated',
      earliest: '2015-11-27',
      latest: '2020-03-06',
      basis: {
        kind: 'inferred',
        from: 'Came after the provincial letters signed at the conference of 27–28 November 2015, on which they built; and before 6 March 2020, when Xi spoke of the provinces’ pledges as signed, if those pledges are these letters, as we read them.',
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
    kind: 'happening',
    category: 'symposium',
    date: { kind: 'on', date: '2020-03-06', basis: { kind: 'stated' } },
    places: [],
    people: [{ person: 'xi-jinping', part: 'Spoke and cited the national figures' }],
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
    id: 'shaanxi-inspection-2020',
    title: 'Xi inspects poverty alleviation at a tea park in Pingli County, Shaanxi',
    summary:
      'On 21 April 2020, during a trip to Shaanxi, Xi Jinping looked into poverty alleviation in Pingli County, Ankang City. The photo caption has him at a tea garden in Laoxian Town; the body text names a park in the county, the Nuwa Phoenix Tea Modern Demonstration Park. The photo shows him heading towards tea growers with the Party secretaries of the province, the city, the county and Jiangjiaping Village behind him. The feature calls it the "five-level secretaries" at work, though only four levels appear in it, with no township secretary.',
    kind: 'happening',
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
      { person: 'xi-jinping', part: 'Made the visit' },
      { person: 'shaanxi-provincial-party-secretary', part: 'Behind Xi in the photo' },
      { person: 'ankang-municipal-party-secretary', part: 'Behind Xi in the photo' },
      { person: 'pingli-county-party-secretary', part: 'Behind Xi in the photo' },
      { person: 'jiangjiaping-village-party-secretary', part: 'Behind Xi in the photo' },
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
        text: 'The photo is said to show the "five-level secretaries", but the secretaries it names behind Xi are of four levels: province, city, county and village. The township level, which the account of the responsibility letters names between county and village, is not in it. Xi is not one of the five: the source sets the Party Central Committee above them.',
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
          {
            source: SOURCE_ID,
            paragraph: 13,
            start: 3652,
            end: 3782,
            terms: ['provinces, cities, counties, townships, and villages'],
          },
          {
            source: SOURCE_ID,
            paragraph: 25,
            start: 6180,
            end: 6485,
            terms: [
              'Under the strong leadership of the Party Central Committee',
              'five-level secretaries',
            ],
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
    id: 'deadline-2020',
    title: 'Pledge that every rural poor person leaves poverty by 2020',
    summary:
      'The Party Central Committee has pledged to the whole nation that, by the standards now in force, all of the rural poor will leave poverty by 2020; the source does not say when the pledge was made. Xi’s speech of 6 March 2020 restates it and rules out any delay or softening, and the feature closes by crediting his personal command with seeing the goal met on schedule.',
    kind: 'statement',
    category: 'policy',
    date: {
      kind: 'undated',
      latest: '2020-03-06',
      basis: {
        kind: 'inferred',
        from: 'Xi’s speech of 6 March 2020 speaks of the pledge as a commitment already made; when it was made is not stated.',
      },
    },
    target: '2020',
    places: ['china'],
    people: [
      { person: 'xi-jinping', part: 'Restated the pledge and its deadline on 6 March 2020' },
    ],
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
        terms: ['By 2020', 'rural poor', 'solemn commitment', 'Party Central Committee'],
      },
      { source: SOURCE_ID, paragraph: 1, start: 504, end: 640, terms: ['March 6th this year'] },
      { source: SOURCE_ID, paragraph: 38, start: 9636, end: 9948, terms: ['on schedule'] },
    ],
  },
  {
    id: 'no-rest-while-anyone-lacks-basics',
    title: 'No rest while a single family or person lacks the basics of life',
    summary:
      'The feature quotes words saying there can be no peace of mind while even one family, one household or one person still has basic living problems unsolved, and calls them the true feeling of a major country’s leader for the people. It does not name the speaker; set straight after the paragraph on Xi’s visits to 14 poverty areas, the words are implied to be his.',
    kind: 'statement',
    category: 'policy',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Quoted in the feature, which was written in 2020; when the words were said is not stated.',
      },
    },
    places: [],
    people: [{ person: 'xi-jinping', part: 'Implied speaker; the source does not name him' }],
    organisations: [],
    figures: [],
    related: [{ event: 'visits-contiguous-poverty-areas', relation: 'context' }],
    notes: [
      {
        text: 'The source attributes the words to no one by name. It calls them the feeling of "a major country leader" and sets them among paragraphs about Xi Jinping, which is why the dataset links him as the implied speaker.',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 8,
            start: 2335,
            end: 2516,
            terms: ['major country leader'],
          },
          {
            source: SOURCE_ID,
            paragraph: 7,
            start: 2007,
            end: 2193,
            terms: ['General Secretary Xi Jinping'],
          },
        ],
      },
    ],
    citations: [
      {
        source: SOURCE_ID,
        paragraph: 8,
        start: 2197,
        end: 2334,
        terms: ['one family, one household, or even one person', 'basic living problems'],
      },
      { source: SOURCE_ID, paragraph: 8, start: 2335, end: 2516, terms: ['major country leader'] },
    ],
  },
  {
    id: 'visits-contiguous-poverty-areas',
    title: 'Xi has visited 14 concentrated, contiguous areas of extreme poverty',
    summary:
      'Since the Party’s 18th National Congress, Xi Jinping has visited 14 concentrated, contiguous areas of extreme poverty in China. The feature goes on to say that the major decisions on poverty alleviation took shape step by step through investigation at the grassroots, and that at each key stage Xi pointed to the difficulties; it counts close inspections, symposiums and major strategic moves as signs of the Communists’ resolve to win.',
    kind: 'happening',
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
        text: 'The visits are counted from the 18th National Congress, which the source never dates, so no earliest date is recorded: the period may begin before 2015, where the dataset’s coverage starts. The 14 areas are not named either, so they have no place records.',
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
      {
        source: SOURCE_ID,
        paragraph: 10,
        start: 2711,
        end: 2813,
        terms: ['key stage', 'difficulties'],
      },
      {
        source: SOURCE_ID,
        paragraph: 11,
        start: 2817,
        end: 3055,
        terms: ['inspections', 'symposiums', 'major strategic deployments', 'Communists'],
      },
    ],
  },
  {
    id: 'responsibility-system',
    title: 'Poverty alleviation responsibility shared out from the centre down to the villages',
    summary:
      'The feature sets out the working mechanism the fight against poverty calls for: central coordination, overall responsibility for the provinces, autonomous regions and municipalities, and implementation by cities (prefectures) and counties. Xi called for stronger Party leadership and for Party committees at every level to do their part. The feature credits him with leading everyone, from the Party Central Committee down to the grassroots, to carry out their responsibilities, and the "five-level secretaries", under the Central Committee’s leadership, with pressing the fight forward without letting up; the stress falls on carrying plans out rather than drawing them up.',
    kind: 'happening',
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
        text: 'The source speaks of "five-level secretaries" but, where it spells the levels out, lists only four: provinces, cities, counties and villages. We read the five levels as those of its account of the responsibility letters, which adds townships; the photo of April 2020 likewise shows four of them, with no township secretary.',
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
        terms: ['Party Central Committee', 'last mile', 'led everyone'],
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
        terms: [
          'Under the strong leadership of the Party Central Committee',
          'five-level secretaries',
        ],
      },
    ],
  },
  {
    id: 'western-regions-shortfall',
    title: 'The western regions as the weak point of poverty alleviation',
    summary:
      'The feature names the western regions, especially their ethnic and frontier regions, old revolutionary base areas and areas of contiguous poverty, as places where poverty is deep and lifting people out of it costly and hard, and so as the weak spots of the campaign.',
    kind: 'assessment',
    category: 'policy',
    date: { kind: 'undated', basis: { kind: 'not-stated' } },
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
          'deep levels of poverty',
          'high poverty alleviation costs',
          'shortcomings',
        ],
      },
    ],
  },
  {
    id: 'east-west-industry-transfer',
    title: 'Xi calls for moving industry from east to west in stages',
    summary:
      'Xi Jinping set out clear requirements for shifting industries step by step from the eastern to the western regions, so that the two sides complement each other and share people, technology, ideas and ways of working for joint development.',
    kind: 'statement',
    category: 'east-west-cooperation',
    date: {
      kind: 'undated',
      latest: '2020',
      basis: {
        kind: 'inferred',
        from: 'Reported as already made in the feature, which was written in 2020.',
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
        terms: ['clear requirements', 'gradient transfer', 'from the east to the west'],
      },
    ],
  },
  {
    id: 'taizhou-guangyuan-pairing',
    title: 'Taizhou in Zhejiang paired with Guangyuan in Sichuan',
    summary:
      'Taizhou in Zhejiang and Guangyuan in Sichuan, thousands of miles apart but called "old relatives", are paired for east–west poverty alleviation. Firms from Taizhou have put down roots in the east–west cooperation industrial park in Cangxi County, Guangyuan; the feature goes on to describe a modern agricultural park growing bayberries and other cash crops brought from Taizhou at scale, without saying whether it belongs to the industrial park. A photo caption places a picking site of a park of nearly the same name in Changjiang Village, Tingzi Town; taking it for the same park is our reading. Since the pairing, Taizhou is said to have backed Guangyuan fully in its fight against poverty.',
    kind: 'happening',
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
    related: [{ event: 'east-west-industry-transfer', relation: 'context' }],
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
      {
        text: 'The body text moves from the industrial park, where firms from Taizhou took root, to "the modern agricultural park" and its bayberries without saying whether the second lies inside the first, so the dataset keeps them apart.',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 19,
            start: 4699,
            end: 5012,
            terms: [
              'East-West Poverty Alleviation Cooperative Industrial Park',
              'modern agricultural park',
            ],
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
        terms: [
          'Cangxi County',
          'enterprises from Taizhou',
          'modern agricultural park',
          'bayberry',
        ],
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
      'In an exchange the feature quotes as typical of its work, a special supervision team of the Longsheng County discipline inspection commission, checking the work style of poverty alleviation, points out that a household’s aid handbook records the householder’s mother as chronically ill and asks whether a chronic-disease card has been applied for. The answer is that the card is still pending: an earlier round of processing in the village had put it on hold. The village team is asked to find out why and to guide the householder to the right office quickly.',
    kind: 'happening',
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
        text: 'The feature offers the exchange only as a typical example; it names neither the household nor the village nor who speaks each line, and gives no date.',
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
      'Xi Jinping has repeatedly stressed the important role of first secretaries; in words the feature quotes beside this, the work teams and first secretaries have been sent and what counts now is to consolidate and get real results. The feature adds that so hard a battle calls for sending the most capable people. At the symposium of 6 March 2020 Xi reported that 255,000 village task forces, in total, had been sent out across the country, and that more than 2.9 million cadres of Party and government agencies, state-owned enterprises and institutions, selected from county level and above, serve in poor and weak villages as first secretaries or village cadres.',
    kind: 'happening',
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
    people: [
      {
        person: 'xi-jinping',
        part: 'Stressed the role of first secretaries and reported the national totals',
      },
    ],
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
        terms: ['first secretary', 'repeatedly emphasized', 'practical results'],
      },
      { source: SOURCE_ID, paragraph: 27, start: 6948, end: 7009, terms: ['most capable people'] },
      {
        source: SOURCE_ID,
        paragraph: 37,
        start: 9092,
        end: 9584,
        terms: [
          'a total of 255,000',
          'village task forces',
          'more than 2.9 million',
          'county level and above',
          'party and government agencies',
          'state-owned enterprises and institutions',
          'first secretaries',
        ],
      },
    ],
  },
  {
    id: 'first-secretary-qi-zhigang',
    title: 'Qi Zhigang, first secretary of Shaoguoling Village, Jilin',
    summary:
      'As first secretary of Shaoguoling Village in Jilin, Qi Zhigang spends his days finding online buyers for the melons and grapes the village grows and calling on poor households to sort out their problems. A photo shows him with Gu Fengying, a member of a poor household.',
    kind: 'happening',
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
    related: [{ event: 'first-secretaries-emphasis', relation: 'context' }],
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
      'Gao Shiping, first secretary of Pangwan Village in Xiji County, Guyuan, opened an "Incorruption Clinic" meant to record the problems visitors report, learn local customs and get to the roots of disputes. A photo shows him inspecting what the caption calls pickled grass in the silos, most likely silage.',
    kind: 'happening',
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
    related: [{ event: 'first-secretaries-emphasis', relation: 'context' }],
    notes: [
      {
        text: 'The caption has him inspecting "pickled grass" in the silos: most likely the machine translation’s words for silage, fodder fermented in a silo. Both readings are kept; nothing else rests on the phrase.',
        citations: [
          {
            source: SOURCE_ID,
            paragraph: 30,
            start: 7419,
            end: 7550,
            terms: ['pickled grass', 'silos'],
          },
        ],
      },
    ],
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
      'Yang Fulei, first secretary of Houtan Village in Xinyi, Jiangsu, helped villagers plant and find buyers, a photo caption says. Villagers quoted in the feature say he encouraged them to try new varieties and planting methods, and that income per acre (as translated) now reaches 20,000 to 30,000, several times what it was; a garbled sentence after the quotation appears to credit him with opening a path towards industrialised farming for the villagers.',
    kind: 'happening',
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
    related: [{ event: 'first-secretaries-emphasis', relation: 'context' }],
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
      {
        text: 'The income is given "per acre". In a Chinese original the unit is most likely the mu, a Chinese measure of land that machine translation often renders as "acre"; the figure keeps the unit as written and names both readings. The currency is not stated.',
        citations: [
          { source: SOURCE_ID, paragraph: 33, start: 8052, end: 8145, terms: ['income per acre'] },
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
        start: 7975,
        end: 8145,
        terms: ['Secretary Yang', 'new varieties', '20,000 to 30,000', 'several times'],
      },
      {
        source: SOURCE_ID,
        paragraph: 33,
        start: 8146,
        end: 8321,
        terms: ['First Secretary Yang Fulei', 'new path'],
      },
    ],
  },
  {
    id: 'first-secretary-zhang-jinli',
    title: "Zhang Jinli, first secretary of Le'a Village, Gansu",
    summary:
      "Le'a Village in Zhouqu County, Gannan, was deeply poor, with close to half its households on the poverty register. First secretary Zhang Jinli brought in farming experts, who advised growing Chinese medicinal herbs and wild vegetables; seedlings were donated and technical help given, and under his lead the whole village left poverty earlier than planned. A photo shows him checking villagers' water pipes.",
    kind: 'happening',
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
    related: [{ event: 'first-secretaries-emphasis', relation: 'context' }],
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
