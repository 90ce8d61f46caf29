/**
 * The messages between /embed and the page that embeds it in an iframe (the host), by
 * `postMessage`. Documented in the README ("Embedding"); every type starts with `corpus-timeline:`.
 *
 * The embed tells its host:
 * - `{ type: 'corpus-timeline:height', height }`: the height in CSS pixels its content needs, on
 *   load, whenever it changes, and when asked;
 * - `{ type: 'corpus-timeline:select', id, url }`: the event selected (its id and its page's
 *   address), or `id: null, url: null` when the selection is cleared.
 * Both carry only what the embed shows anyway, so they go to any origin (`'*'`), except a height
 * asked for, which answers the asker's origin.
 *
 * The host may send:
 * - `{ type: 'corpus-timeline:select-event', id }`: select that event (`null`: none), as a
 *   reader's click would, without moving the focus;
 * - `{ type: 'corpus-timeline:request-height' }`: send the height now.
 * A message is read only from the window that embeds this one (`event.source` is
 * `window.parent`), whatever its origin: any site may embed the timeline unless the host of the
 * timeline limits it with `frame-ancestors`, and no message can do more than a reader can. Its
 * shape is checked; one that is not ours (no `corpus-timeline:` type) is left alone, one of ours
 * that is malformed is ignored with a warning in the console, never thrown.
 */

const PREFIX = 'corpus-timeline:';

export type EmbedMessage =
  | { type: 'corpus-timeline:height'; height: number }
  | { type: 'corpus-timeline:select'; id: string | null; url: string | null };

export type HostMessage =
  | { type: 'corpus-timeline:select-event'; id: string | null }
  | { type: 'corpus-timeline:request-height' };

/** Longer than any event id; a longer one is refused before it is looked up. */
const MAX_ID_LENGTH = 200;

/**
 * Reads a message sent to the embed: the message when it is a well-formed host message, a
 * problem when it claims to be one of ours but is not, and null when it is someone else's.
 */
export function readHostMessage(
  data: unknown,
): { message: HostMessage } | { problem: string } | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const { type } = record;
  if (typeof type !== 'string' || !type.startsWith(PREFIX)) return null;
  const extra = (allowed: string[]) =>
    Object.keys(record).filter((key) => key !== 'type' && !allowed.includes(key));
  switch (type) {
    case 'corpus-timeline:request-height': {
      const unknown = extra([]);
      if (unknown.length > 0) return { problem: `${type} takes no ${unknown.join(', ')}` };
      return { message: { type } };
    }
    case 'corpus-timeline:select-event': {
      const unknown = extra(['id']);
      if (unknown.length > 0) return { problem: `${type} takes no ${unknown.join(', ')}` };
      const { id } = record;
      if (id === null) return { message: { type, id } };
      if (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH) {
        return {
          problem: `${type} needs an id: an event's id (a string of 1 to ${MAX_ID_LENGTH} characters) or null`,
        };
      }
      return { message: { type, id } };
    }
    default:
      return { problem: `${type.slice(0, 60)} is not a message the embed reads` };
  }
}

/** What the embed's wiring needs of the browser: its window, and the element to measure. */
export interface EmbedEnvironment {
  window: Pick<Window, 'parent' | 'addEventListener' | 'removeEventListener'> & {
    ResizeObserver: typeof ResizeObserver;
  };
  /** The element whose height is the height the embed needs (the document's root). */
  root: Element;
  /** Selects an event, or none, as the host asked. */
  show: (id: string | null) => void;
  /** An event's page, as an absolute address. */
  eventUrl: (id: string) => string;
  /** Where problems with a host's messages are said. */
  warn: (message: string) => void;
}

/**
 * Connects the embed to its host: sends the height (now and on every change), answers the host's
 * messages, and returns `selected`, to call with every selection. Inside no iframe there is no
 * host, and nothing is sent or listened to.
 */
export function connectToHost({ window: self, root, show, eventUrl, warn }: EmbedEnvironment): {
  selected: (id: string | null) => void;
  disconnect: () => void;
} {
  const host = self.parent;
  if ((host as unknown) === self) return { selected: () => undefined, disconnect: () => undefined };
  const post = (message: EmbedMessage, origin = '*') => {
    host.postMessage(message, origin);
  };

  let lastHeight: number | undefined;
  const sendHeight = (origin?: string) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (origin === undefined && height === lastHeight) return;
    lastHeight = height;
    post({ type: 'corpus-timeline:height', height }, origin);
  };
  const resized = new self.ResizeObserver(() => {
    sendHeight();
  });
  resized.observe(root);

  const onmessage = (event: MessageEvent) => {
    if (event.source !== host) return;
    const read = readHostMessage(event.data);
    if (read === null) return;
    if ('problem' in read) {
      warn(`corpus-timeline: ignored a message from ${event.origin}: ${read.problem}`);
      return;
    }
    if (read.message.type === 'corpus-timeline:request-height') sendHeight(event.origin);
    else show(read.message.id);
  };
  self.addEventListener('message', onmessage);

  let lastSelected: string | null = null;
  return {
    selected(id) {
      if (id === lastSelected) return;
      lastSelected = id;
      post({ type: 'corpus-timeline:select', id, url: id === null ? null : eventUrl(id) });
    },
    disconnect() {
      resized.disconnect();
      self.removeEventListener('message', onmessage);
    },
  };
}
