import type { ItemSpec } from './items';

/**
 * Undated facts gathered into one band per lane and bound: "5 facts, not dated, by 2020", drawn
 * over the period they could fall in. A band stands in for its facts until the reader opens it;
 * it never pretends to a date the source does not give.
 */
export interface Band extends ItemSpec {
  band: { lane: string; ids: string[] };
}

export function isBand(spec: ItemSpec): spec is Band {
  return 'band' in spec;
}

const isUndated = (spec: ItemSpec) => spec.className.split(' ').includes('undated');

/** What a band says: how many facts it holds, and what is known of when. */
export function bandTitle(count: number, dateLabel: string): string {
  const when = dateLabel.charAt(0).toLowerCase() + dateLabel.slice(1);
  return `${count.toLocaleString('en')} ${count === 1 ? 'fact' : 'facts'}, ${when}`;
}

/**
 * The specs with each undated fact of a closed lane replaced by its band: facts sharing a lane
 * and the same bounds (so the same date label) share one. Open lanes show their facts one by one.
 * Keeps the order of `specs` (by start), a band where its first fact was.
 */
export function gatherUndated(
  specs: readonly ItemSpec[],
  isOpen: (lane: string) => boolean,
): ItemSpec[] {
  const bands = new Map<string, Band>();
  /** How many bands each lane has so far: a band's id is its lane and its place there. */
  const laneBands = new Map<string, number>();
  const result: ItemSpec[] = [];
  for (const spec of specs) {
    if (!isUndated(spec) || isOpen(spec.group)) {
      result.push(spec);
      continue;
    }
    // The class names carry the open ends: a period that may begin before the window never
    // shares a band with one the source bounds at the window's edge.
    const key = `${spec.group} ${spec.start} ${spec.end ?? ''} ${spec.dateLabel} ${spec.className}`;
    const band = bands.get(key);
    if (band) {
      band.band.ids.push(spec.id);
      continue;
    }
    const inLane = (laneBands.get(spec.group) ?? 0) + 1;
    laneBands.set(spec.group, inLane);
    const created: Band = {
      ...spec,
      id: `band:${spec.group}:${inLane}`,
      className: `${spec.className} band`,
      band: { lane: spec.group, ids: [spec.id] },
    };
    delete created.uncertainty;
    bands.set(key, created);
    result.push(created);
  }
  for (const band of bands.values()) band.title = bandTitle(band.band.ids.length, band.dateLabel);
  return result;
}
