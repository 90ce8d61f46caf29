export { Citation, Citations, Note } from './citation.js';
export { Dataset, type DatasetInput } from './dataset.js';
export { citationsOf, type CitedRecord } from './walk.js';
export { Category, Event, EventKind, Participant, Relation } from './event.js';
export { DateBasis, FactDate, dayBounds } from './fact-date.js';
export { Figure } from './figure.js';
export { Id, Prose } from './id.js';
export { Organisation, OrganisationKind } from './organisation.js';
export {
  PartialDate,
  type Precision,
  earliestDay,
  latestDay,
  precisionOf,
} from './partial-date.js';
export { Person, Role } from './person.js';
export { Place, PlaceKind } from './place.js';
export { Credit, Source } from './source.js';
