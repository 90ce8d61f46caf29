import type { DeepReadonly } from '../dataset.js';
import type { Dataset } from '../schema/dataset.js';
import type { Event } from '../schema/event.js';

/**
 * Resolves events' references to display names, for the flat export formats. The lookups are
 * built once per dataset; the returned function is called per event.
 */
export function createNamer(dataset: DeepReadonly<Dataset>) {
  const name = <T extends { id: string }>(list: readonly T[], label: (record: T) => string) => {
    const byId = new Map(list.map((record) => [record.id, record]));
    return (id: string) => {
      const record = byId.get(id);
      return record ? label(record) : id;
    };
  };
  const place = name(dataset.places, (record) => record.name);
  const person = name(dataset.people, (record) => record.label);
  const organisation = name(dataset.organisations, (record) => record.name);
  const figure = name(dataset.figures, (record) => `${record.label}: ${record.asWritten}`);
  return (event: DeepReadonly<Event>) => ({
    places: event.places.map(place),
    people: event.people.map((participant) => person(participant.person)),
    organisations: event.organisations.map(organisation),
    figures: event.figures.map(figure),
  });
}
