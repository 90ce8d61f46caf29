import { formatFactDate } from '@corpus/data';
import type { RecordKind } from '$lib/record-kinds';
import type { RecordEntry } from '$lib/types';
import { dataset, queries, sourceTexts } from './data';
import { createCitationViews } from './view-model';

const citation = createCitationViews(dataset, sourceTexts);
const notes = (
  list: readonly { text: string; citations: readonly Parameters<typeof citation>[0][] }[],
) => list.map((note) => ({ text: note.text, citations: note.citations.map(citation) }));
const eventLinks = (events: readonly { id: string; title: string }[]) =>
  events.map(({ id, title }) => ({ id, title }));
const readable = (kind: string) => kind.replace(/-/g, ' ');

/** Every record of one kind, as its page lists them, in the dataset's order. */
export function recordEntries(kind: RecordKind): RecordEntry[] {
  const base = { roles: [], notes: [] };
  switch (kind) {
    case 'places':
      return dataset.places.map((place) => ({
        ...base,
        id: place.id,
        name: place.name,
        facts: [
          readable(place.kind),
          ...queries
            .placeHierarchy(place.id)
            .filter((chain) => chain.length > 1)
            .map(
              (chain) =>
                `in ${chain
                  .slice(0, -1)
                  .map((p) => p.name)
                  .join(' › ')}`,
            ),
          ...(place.aliases.length > 0
            ? [`the source also writes ${place.aliases.map((alias) => `“${alias}”`).join(', ')}`]
            : []),
        ],
        notes: notes(place.notes),
        citations: place.citations.map(citation),
        events: eventLinks(queries.eventsAtPlace(place.id, { withinDescendants: false })),
      }));
    case 'people':
      return dataset.people.map((person) => ({
        ...base,
        id: person.id,
        name: person.label,
        facts: person.name === null ? ['the source names the office, not the person'] : [],
        roles: person.roles.map((role) => ({
          title: [
            role.title,
            role.organisation && queries.organisation(role.organisation)?.name,
            role.place && queries.place(role.place)?.name,
            role.date && formatFactDate(role.date),
          ]
            .filter(Boolean)
            .join(', '),
          citations: role.citations.map(citation),
        })),
        citations: person.citations.map(citation),
        events: eventLinks(queries.eventsWithPerson(person.id)),
      }));
    case 'organisations':
      return dataset.organisations.map((organisation) => ({
        ...base,
        id: organisation.id,
        name: organisation.name,
        facts: [
          readable(organisation.kind),
          ...(organisation.parent
            ? [`part of ${queries.organisation(organisation.parent)?.name ?? organisation.parent}`]
            : []),
        ],
        notes: notes(organisation.notes),
        citations: organisation.citations.map(citation),
        events: eventLinks(
          queries
            .eventsInDateOrder()
            .filter((event) => event.organisations.includes(organisation.id)),
        ),
      }));
    case 'figures':
      return dataset.figures.map((figure) => ({
        ...base,
        id: figure.id,
        name: `${figure.asWritten} ${figure.unit}`,
        facts: [figure.label, `as of ${formatFactDate(figure.asOf)}`],
        citations: figure.citations.map(citation),
        events: eventLinks(
          queries.eventsInDateOrder().filter((event) => event.figures.includes(figure.id)),
        ),
      }));
  }
}
