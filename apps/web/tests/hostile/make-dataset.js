/**
 * Builds the hostile test dataset: the real facts with script payloads in every string a page
 * shows (titles, summaries, names, labels, notes, figure labels and units), plus many events on
 * one day and one very long title. It is valid under the schemas, so the build accepts it and the
 * tests see exactly what a careless page would do with such data.
 */
import { writeFileSync } from 'node:fs';
import { dataset, parseDataset, formatProblems } from '@corpus/data';
import { DENSE_COUNT, DENSE_DAY, LONG_TITLE, PAYLOADS } from './payloads.js';

let next = 0;
/** Prose with a payload around it, different each time so every field carries one. */
const taint = (text) =>
  `${PAYLOADS[next++ % PAYLOADS.length]} ${text} ${PAYLOADS[next++ % PAYLOADS.length]}`;
const taintNotes = (notes) => notes.map((note) => ({ ...note, text: taint(note.text) }));

/** @param {string} file where to write the JSON */
export function writeHostileDataset(file) {
  const data = structuredClone(dataset);
  data.events = data.events.map((event) => ({
    ...event,
    title: taint(event.title),
    summary: taint(event.summary),
    people: event.people.map((p) => ({ ...p, ...(p.part && { part: taint(p.part) }) })),
    notes: taintNotes(event.notes),
  }));
  data.places = data.places.map((place) => ({
    ...place,
    name: taint(place.name),
    aliases: [...place.aliases, PAYLOADS[0]],
    notes: taintNotes(place.notes),
  }));
  data.people = data.people.map((person) => ({
    ...person,
    name: person.name && taint(person.name),
    label: taint(person.label),
    roles: person.roles.map((role) => ({ ...role, title: taint(role.title) })),
  }));
  data.organisations = data.organisations.map((o) => ({
    ...o,
    name: taint(o.name),
    notes: taintNotes(o.notes),
  }));
  data.figures = data.figures.map((f) => ({ ...f, label: taint(f.label), unit: taint(f.unit) }));

  const template = data.events.find((event) => event.id === 'shaanxi-inspection-2020');
  for (let i = 1; i <= DENSE_COUNT; i++) {
    data.events.push({
      ...template,
      id: `dense-${i}`,
      title: i === 1 ? LONG_TITLE : `${PAYLOADS[i % PAYLOADS.length]} dense event ${i}`,
      date: { kind: 'on', date: DENSE_DAY, basis: { kind: 'stated' } },
      related: [],
    });
  }

  const result = parseDataset(data);
  if (!result.success)
    throw new Error(`the hostile dataset is invalid:\n${formatProblems(result.problems)}`);
  writeFileSync(file, JSON.stringify(data));
  return { events: data.events.length };
}
