/** The kinds of record that share one page each, listing every record of the kind. */
export const RECORD_KINDS = {
  places: 'Places',
  people: 'People',
  organisations: 'Organisations',
  figures: 'Figures',
} as const;

export type RecordKind = keyof typeof RECORD_KINDS;

export function isRecordKind(value: string): value is RecordKind {
  return Object.hasOwn(RECORD_KINDS, value);
}
