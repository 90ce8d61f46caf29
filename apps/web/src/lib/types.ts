import type { Category } from '@corpus/data/schema';

/** A citation as the app shows it: where in which source, and the terms the fact rests on. */
export interface CitationView {
  source: string;
  sourceTitle: string;
  paragraph: number;
  start: number;
  end: number;
  terms: string[];
}

export interface NoteView {
  text: string;
  citations: CitationView[];
}

/**
 * What the list, the timeline, the filters and the search need of an event: the home page carries
 * one for every event, so it stays small at any size of dataset. Every string is ready to show.
 */
export interface EventSummary {
  id: string;
  title: string;
  category: Category;
  /** The date as a person reads it: "27–28 November 2015", "2020, day not stated". */
  dateLabel: string;
  /**
   * How precisely it is dated, which the timeline shows: to the `day` (a day or span of days),
   * the `month` or the `year` (the coarsest of its dates), or `undated` (somewhere in [start,
   * end]).
   */
  precision: 'day' | 'month' | 'year' | 'undated';
  /** First and last day it can lie on (YYYY-MM-DD), open ends filled with the coverage. */
  start: string;
  end: string;
  /** An undated fact whose period has no earliest (latest) day: it may begin (end) beyond. */
  openStart: boolean;
  openEnd: boolean;
  /** Lower-cased title, summary, place names and spellings, and people, for search. */
  searchText: string;
  /** Where the source says it, for the printed list: "Source …, paragraph 13, characters …". */
  citation: string;
}

/**
 * One event in full, resolved and formatted at build time so the browser needs neither the
 * schemas nor the date logic. Each event page carries its own; the home page loads one on demand.
 */
export interface EventView extends EventSummary {
  summary: string;
  /** How the date is known: "stated in the source", "inferred: …". */
  basisLabel: string;
  edtf: string;
  places: { id: string; name: string; chains: string[][]; aliases: string[] }[];
  people: { id: string; label: string; part?: string; roles: string[] }[];
  organisations: { id: string; name: string }[];
  figures: { id: string; label: string; asWritten: string; qualifier: string; unit: string }[];
  related: { id: string; title: string; relation: string }[];
  notes: NoteView[];
  citations: CitationView[];
}

export interface CategoryView {
  id: Category;
  label: string;
  count: number;
}

export interface Coverage {
  start: string;
  end: string;
}

export interface TimelineData<E extends EventSummary = EventView> {
  events: E[];
  categories: CategoryView[];
  coverage: Coverage;
  /** Whose facts these are, for the printed page and the downloaded picture. */
  credit: string;
}
