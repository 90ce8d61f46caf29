import type { Category } from '@corpus/data/schema';
import type { Coverage } from '$lib/types';
import {
  clampWindow,
  coverageWindow,
  daysToWindow,
  parseDay,
  windowToDays,
  type TimeWindow,
} from '$lib/timeline/window';

/** Everything a link to the timeline restores: selection, visible window, filters and search. */
export interface ViewState {
  event: string | null;
  /** null: the whole period. */
  window: TimeWindow | null;
  /** null: every category. */
  categories: Category[] | null;
  query: string;
}

/** Something in the URL that could not be used as it was, and what was done instead. */
export interface Notice {
  param: string;
  message: string;
}

export interface StateContext {
  eventIds: ReadonlySet<string>;
  categories: readonly Category[];
  coverage: Coverage;
}

export const EMPTY_STATE: ViewState = { event: null, window: null, categories: null, query: '' };
export const MAX_QUERY_LENGTH = 200;

/** Shows a URL value in a notice without letting a huge or odd value swamp it. */
function quote(value: string): string {
  const clean = value.replace(/\p{C}/gu, '�');
  return `“${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}”`;
}

/**
 * Reads the view from URL parameters. Never throws: a value that cannot be used becomes a notice
 * saying what was wrong and what is shown instead, and the rest of the URL still applies.
 */
export function readState(
  params: URLSearchParams,
  context: StateContext,
): { state: ViewState; notices: Notice[] } {
  const notices: Notice[] = [];
  const state: ViewState = { ...EMPTY_STATE };

  const event = params.get('event');
  if (event !== null) {
    if (context.eventIds.has(event)) state.event = event;
    else
      notices.push({
        param: 'event',
        message: `There is no event ${quote(event)}; no event is selected.`,
      });
  }

  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    const start = from === null ? undefined : parseDay(from);
    const end = to === null ? undefined : parseDay(to);
    const limits = coverageWindow(context.coverage);
    if (from === null || to === null) {
      notices.push({
        param: from === null ? 'from' : 'to',
        message: 'A window needs both “from” and “to”; showing the whole period.',
      });
    } else if (start === undefined || end === undefined) {
      const [param, value] = start === undefined ? ['from', from] : ['to', to];
      notices.push({
        param,
        message: `“${param}” must be a day written YYYY-MM-DD, not ${quote(value)}; showing the whole period.`,
      });
    } else if (end < start) {
      notices.push({
        param: 'to',
        message: `“to” (${to}) is before “from” (${from}); showing the whole period.`,
      });
    } else {
      const asked = daysToWindow(start, end);
      const window = clampWindow(asked, limits);
      if (window.start !== asked.start || window.end !== asked.end) {
        const { from: shownFrom, to: shownTo } = windowToDays(window);
        notices.push({
          param: 'from',
          message: `The timeline covers ${context.coverage.start} to ${context.coverage.end}; showing ${shownFrom} to ${shownTo}.`,
        });
      }
      state.window = window.start === limits.start && window.end === limits.end ? null : window;
    }
  }

  const categories = params.get('categories');
  if (categories !== null) {
    const asked = categories === '' ? [] : categories.split(',');
    const known = asked.filter((name): name is Category =>
      (context.categories as readonly string[]).includes(name),
    );
    const unknown = asked.filter((name) => !known.includes(name as Category));
    if (unknown.length > 0) {
      notices.push({
        param: 'categories',
        message: `Unknown ${unknown.length === 1 ? 'category' : 'categories'} ${unknown.map(quote).join(', ')} ignored.`,
      });
    }
    state.categories = unknown.length > 0 && known.length === 0 ? null : [...new Set(known)];
  }

  const query = params.get('q');
  if (query !== null) {
    state.query = query.trim().slice(0, MAX_QUERY_LENGTH);
    if (query.trim().length > MAX_QUERY_LENGTH) {
      notices.push({
        param: 'q',
        message: `The search was cut to its first ${MAX_QUERY_LENGTH} characters.`,
      });
    }
  }
  return { state, notices };
}

/** Writes the view as a query string (with `?`, or empty), leaving out what is the default. */
export function writeState(state: ViewState, context: StateContext): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.window) {
    const { from, to } = windowToDays(state.window);
    params.set('from', from);
    params.set('to', to);
  }
  if (state.categories && state.categories.length !== context.categories.length) {
    params.set(
      'categories',
      context.categories.filter((c) => state.categories?.includes(c)).join(','),
    );
  }
  if (state.query) params.set('q', state.query);
  const text = params.toString();
  return text ? `?${text}` : '';
}
