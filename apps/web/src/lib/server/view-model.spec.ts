import { dataset } from '@corpus/data';
import { describe, expect, it } from 'vitest';
import { buildTimelineData, toSummary } from './view-model';

const reference = (event: { id: string }) => `A reference to ${event.id}.`;
const events = new Map(
  buildTimelineData(dataset, { reference }).events.map((event) => [event.id, event]),
);
const view = (id: string) => {
  const event = events.get(id);
  if (!event) throw new Error(`no event "${id}" in the bundled dataset`);
  return event;
};

describe('buildTimelineData', () => {
  it('gives each event the reference the site writes for it', () => {
    expect(view('shaanxi-inspection-2020').reference).toBe(
      'A reference to shaanxi-inspection-2020.',
    );
  });

  it('shows a goal’s deadline as its target, never as the date of the event', () => {
    const pledge = view('deadline-2020');
    expect(pledge).toMatchObject({
      dateLabel: 'Not dated, by 6 March 2020',
      targetLabel: 'by 2020',
      targetDays: { start: '2020-01-01', end: '2020-12-31' },
      precision: 'undated',
      end: '2020-03-06',
      kindLabel: 'Statement',
    });
    expect(toSummary(pledge)).toMatchObject({
      targetLabel: 'by 2020',
      targetDays: { start: '2020-01-01', end: '2020-12-31' },
      kindLabel: 'Statement',
    });
    expect(view('shaanxi-inspection-2020')).not.toHaveProperty('targetLabel');
  });

  it('labels statements and assessments, not happenings', () => {
    expect(view('western-regions-shortfall').kindLabel).toBe('Assessment');
    expect(view('central-work-conference-2015')).not.toHaveProperty('kindLabel');
  });

  it('marks the ends that only the coverage bounds, so nothing seems to begin in 2015', () => {
    const visits = view('visits-contiguous-poverty-areas');
    expect(visits).toMatchObject({
      start: dataset.coverage.start,
      openStart: true,
      openEnd: false,
    });
    expect(toSummary(visits)).toMatchObject({ openStart: true });
    expect(view('responsibility-letters-cascade')).toMatchObject({ openStart: false });
    expect(view('western-regions-shortfall')).toMatchObject({ openStart: true, openEnd: true });
  });
});
