import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parse.js';
import { makeFixture } from '../test-support/fixture.js';
import { EVENT_COLUMNS, toCsv } from './csv.js';

function data() {
  const input = makeFixture();
  input.events[0]!.summary = 'Quotes " and commas, and\na line break.';
  input.events[1]!.kind = 'statement';
  input.events[1]!.target = '2019';
  const result = parseDataset(input);
  if (!result.success) throw new Error('fixture is invalid');
  return result.data;
}

describe('toCsv', () => {
  it('writes a header and one row per event in date order, parseable back', () => {
    const csv = toCsv(data());
    const rows = parse<Record<string, string>>(csv, { columns: true, record_delimiter: '\r\n' });
    expect(rows.map((row) => row.id)).toEqual(['lantern-assembly', 'hillfold-pears']);
    expect(Object.keys(rows[0]!)).toEqual(EVENT_COLUMNS.map((column) => column.name));
    expect(rows[0]).toMatchObject({
      date: '3–4 May 2016',
      date_edtf: '2016-05-03/2016-05-04',
      earliest_day: '2016-05-03',
      latest_day: '2016-05-04',
      summary: 'Quotes " and commas, and\na line break.',
      places: 'Riverton County',
      figures: 'Counties that sent delegates: 12',
    });
    expect(rows[0]).toMatchObject({ kind: 'happening', target: '' });
    expect(rows[1]).toMatchObject({
      kind: 'statement',
      target: '2019',
      date: 'Not dated, by 2018',
      earliest_day: '',
      people: 'Mara Quill',
    });
  });

  it('follows RFC 4180: CRLF records, doubled quotes inside quoted fields', () => {
    const csv = toCsv(data());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(EVENT_COLUMNS.map((column) => column.name).join(','));
    expect(csv).toContain('"Quotes "" and commas, and\na line break."');
  });
});
