import type { Category } from '@corpus/data/schema';
import type { Piece } from '@corpus/data/text';
import type { ResolvedPathname } from '$app/types';

/**
 * A citation's words in their paragraph, when the build has the source text: the paragraph's
 * text, where it starts in the whole text, and the segmentation that marks the span and terms.
 */
export interface PassageView {
  text: string;
  offset: number;
  pieces: Piece[];
}

/** A citation as the app shows it: where in which source, and the terms the fact rests on. */
export interface CitationView {
  source: string;
  sourceTitle: string;
  paragraph: number;
  start: number;
  end: number;
  terms: string[];
  /** Present only in a build that includes the source text. */
  passage?: PassageView;
}

/** A record a citation supports, as a link: what kind it is, its name and where it is shown. */
export interface RecordLink {
  kind: 'event' | 'place' | 'person' | 'organisation' | 'figure' | 'note' | 'role' | 'credit';
  label: string;
  /** The package's URL of the record (the Web Annotation body), under the site's base path. */
  href: ResolvedPathname;
}

/** What the source reader needs of a source: its identity and what it records of its text. */
export interface SourceView {
  id: string;
  title: string;
  /** The title is ours: the document has no headline. */
  titleSupplied: boolean;
  fileName: string;
  sha256: string;
  length: number;
  paragraphs: number;
  machineTranslated: boolean;
  translatedFrom?: string;
  credits: { role: string; names: string[] }[];
  notes: string[];
}

/**
 * The source reader's data: the source, every record citing it (once each) and every citation of
 * it pointing at its record, and the text itself when the build includes it.
 */
export interface ReaderData {
  source: SourceView;
  records: RecordLink[];
  citations: { paragraph: number; start: number; end: number; terms: string[]; record: number }[];
  text: string | null;
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
  /** What sort of record it is, where it is not a happening: "Statement", "Assessment". */
  kindLabel?: string;
  /** The date as a person reads it: "27–28 November 2015", "2020, day not stated". */
  dateLabel: string;
  /** A goal's deadline, never the event's own date: "by 2020". */
  targetLabel?: string;
  /** The first and last day (YYYY-MM-DD) of that deadline's period, where the timeline marks it. */
  targetDays?: { start: string; end: string };
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

/** What an entry of the event list shows: a summary without what only the timeline and search use. */
export type ListEntry = Omit<
  EventSummary,
  'start' | 'end' | 'openStart' | 'openEnd' | 'searchText'
>;

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
  /** A reference to the event ready to paste (APA), written at build time. */
  reference: string;
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

/** One record on its kind's page: what it is, what the source says of it, and where. */
export interface RecordEntry {
  id: string;
  name: string;
  /** Short lines of what the dataset records ("county", "in China › Shaanxi Province"…). */
  facts: string[];
  /** A person's roles, each with the citations it rests on. */
  roles: { title: string; citations: CitationView[] }[];
  notes: NoteView[];
  citations: CitationView[];
  events: { id: string; title: string }[];
}
