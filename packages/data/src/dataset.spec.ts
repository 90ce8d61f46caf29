import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from './dataset.js';
import { formatFactDate } from './format-date.js';
import { createQueries } from './query.js';
import { Category } from './schema/event.js';

const facts = createQueries(dataset);

describe('the bundled dataset', () => {
  it('is validated and frozen all the way down', () => {
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(Object.isFrozen(dataset.events[0]?.citations[0]?.terms)).toBe(true);
    expect(() => {
      (dataset.events[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });

  it('carries the version of its package', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(dataset.version).toBe(pkg.version);
  });

  it('has at least one event in every category', () => {
    for (const category of Category.options)
      expect(facts.eventsInCategory(category).length, category).toBeGreaterThan(0);
  });

  it.each([
    ['central-work-conference-2015', '27–28 November 2015', 'stated'],
    ['responsibility-letters-22-provinces', '27–28 November 2015', 'inferred'],
    ['decisive-victory-symposium-2020', '6 March 2020', 'stated'],
    ['shaanxi-inspection-2020', '21 April 2020', 'stated'],
    ['deadline-2020', 'Not dated, by 6 March 2020', 'inferred'],
  ])('dates %s at %s (%s)', (id, text, basis) => {
    const event = facts.event(id);
    expect(event && formatFactDate(event.date)).toBe(text);
    expect(event?.date.basis.kind).toBe(basis);
  });

  it('keeps the facts the source does not date undated, never at a made-up day', () => {
    for (const id of [
      'visits-contiguous-poverty-areas',
      'taizhou-guangyuan-pairing',
      'longsheng-supervision',
      'first-secretary-zhang-jinli',
    ]) {
      expect(facts.event(id)?.date.kind, id).toBe('undated');
    }
    expect(facts.event('visits-contiguous-poverty-areas')?.date).not.toHaveProperty('earliest');
  });

  it('dates the 2020 pledge by when it was restated and keeps "by 2020" as its target', () => {
    const pledge = facts.event('deadline-2020');
    // "By 2020" is when the goal is due; the source never says when the pledge was made, only
    // that Xi spoke of it as made on 6 March 2020.
    expect(pledge?.date).toEqual({
      kind: 'undated',
      latest: '2020-03-06',
      basis: { kind: 'inferred', from: expect.stringContaining('6 March 2020') as string },
    });
    expect(pledge?.target).toBe('2020');
    expect(pledge?.kind).toBe('statement');
    expect(pledge?.citations.some((citation) => citation.terms.includes('By 2020'))).toBe(true);
  });

  it('reads the five levels of secretaries one way: the township is the level missing from the photo', () => {
    const levelNotes = [...dataset.events, ...dataset.places]
      .flatMap((record) => record.notes)
      .filter((note) =>
        note.citations.some((citation) =>
          citation.terms.some((term) => term.includes('five-level')),
        ),
      );
    expect(levelNotes.length).toBeGreaterThanOrEqual(2);
    for (const note of levelNotes) {
      expect(note.text).toMatch(/township/i);
      // The source sets the Party Central Committee above the five; no note counts Xi or the
      // centre as one of them.
      expect(note.text).not.toMatch(/counting xi|central level|xi himself/i);
    }
    const behind = facts
      .event('shaanxi-inspection-2020')
      ?.people.filter((participant) => participant.person !== 'xi-jinping');
    expect(behind?.map(({ person }) => person)).toEqual([
      'shaanxi-provincial-party-secretary',
      'ankang-municipal-party-secretary',
      'pingli-county-party-secretary',
      'jiangjiaping-village-party-secretary',
    ]);
  });

  it('records the quotation of paragraph 8 as an undated statement whose speaker is implied, not named', () => {
    const quoted = dataset.events.filter(
      (event) =>
        event.kind === 'statement' && event.citations.some((citation) => citation.paragraph === 8),
    );
    expect(quoted).toHaveLength(1);
    const [statement] = quoted;
    expect(statement?.date.kind).toBe('undated');
    expect(statement?.citations.flatMap((citation) => citation.terms)).toContain(
      'one family, one household, or even one person',
    );
    // Linked to Xi only as the implied speaker, and a note says the source does not name him.
    expect(statement?.people).toEqual([
      { person: 'xi-jinping', part: expect.stringMatching(/implied.*not name/i) as string },
    ]);
    expect(statement?.notes.some((note) => /no one by name/i.test(note.text))).toBe(true);
  });

  it('records the figures as the source gives them', () => {
    const figure = (id: string) => {
      const found = facts.figure(id);
      return (
        found && {
          value: found.value,
          upTo: found.upTo,
          qualifier: found.qualifier,
          asWritten: found.asWritten,
        }
      );
    };
    expect(figure('provinces-signing-letters-2015')).toEqual({
      value: 22,
      upTo: undefined,
      qualifier: 'exactly',
      asWritten: '22',
    });
    expect(figure('village-task-forces-dispatched')).toMatchObject({
      value: 255_000,
      asWritten: '255,000',
    });
    expect(figure('cadres-sent-to-villages')).toMatchObject({
      value: 2_900_000,
      qualifier: 'more-than',
    });
    expect(figure('contiguous-poverty-areas-visited')).toMatchObject({ value: 14 });
    expect(figure('houtan-income-per-acre')).toMatchObject({
      value: 20_000,
      upTo: 30_000,
      qualifier: 'range',
    });
    expect(figure('le-a-registered-poor-share')).toMatchObject({ value: 0.5, qualifier: 'nearly' });
  });

  it('keeps the source’s misspellings as aliases of the normalised name', () => {
    expect(facts.place('pingli-county')?.aliases).toContain('Pinli County');
    expect(facts.place('cangxi-east-west-industrial-park')?.aliases).toContain(
      'Sydney Industrial Park',
    );
  });

  it('records both readings where the source contradicts itself, with a note', () => {
    const village = facts.place('shaoguoling-village');
    expect(village?.parents).toEqual(expect.arrayContaining(['helong-town', 'kuancheng-district']));
    expect(village?.notes.length).toBeGreaterThan(0);
    expect(facts.placeHierarchy('shaoguoling-village')).toHaveLength(2);
    expect(facts.event('first-secretary-qi-zhigang')?.notes.length).toBeGreaterThan(0);
  });

  it('keeps the source’s own credits', () => {
    const credits = dataset.sources[0]?.credits.map((credit) => [
      credit.role,
      credit.people.map((id) => facts.person(id)?.name),
    ]);
    expect(credits).toEqual([
      ['Producer', ['Wang Shanshan', 'Zhang Ou']],
      ['Producer', ['Xing Lai', 'Wu Xuan']],
      ['Chief Editor', ['Ning Lili']],
      ['Vision', ['Jiang Yuhang']],
      ['Information', ['Zhang Yanan', 'Yang Caiyun']],
    ]);
  });
});
