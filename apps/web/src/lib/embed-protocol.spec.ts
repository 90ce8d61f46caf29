import { describe, expect, it, vi } from 'vitest';
import { connectToHost, readHostMessage, type EmbedEnvironment } from './embed-protocol';

describe('readHostMessage', () => {
  it.each([
    [{ type: 'corpus-timeline:select-event', id: 'central-work-conference-2015' }],
    [{ type: 'corpus-timeline:select-event', id: null }],
    [{ type: 'corpus-timeline:request-height' }],
  ])('reads %j', (data) => {
    expect(readHostMessage(data)).toEqual({ message: data });
  });

  it.each([
    ['a string', 'corpus-timeline:select-event'],
    ['null', null],
    ['a number', 42],
    ['an array', [{ type: 'corpus-timeline:request-height' }]],
    ['an object without a type', { id: 'x' }],
    ['another library’s message', { type: 'webpackOk' }],
    ['a type that is not a string', { type: 7 }],
  ])('leaves alone %s: not a message of ours', (_, data) => {
    expect(readHostMessage(data)).toBeNull();
  });

  it.each([
    [{ type: 'corpus-timeline:select-event' }, /needs an id/],
    [{ type: 'corpus-timeline:select-event', id: 12 }, /needs an id/],
    [{ type: 'corpus-timeline:select-event', id: '' }, /needs an id/],
    [{ type: 'corpus-timeline:select-event', id: 'x'.repeat(201) }, /needs an id/],
    [{ type: 'corpus-timeline:select-event', id: { toString: () => 'x' } }, /needs an id/],
    [{ type: 'corpus-timeline:select-event', id: 'a', window: 1 }, /takes no window/],
    [{ type: 'corpus-timeline:request-height', height: 5 }, /takes no height/],
    [{ type: 'corpus-timeline:height', height: 5 }, /not a message the embed reads/],
    [{ type: 'corpus-timeline:drop-tables' }, /not a message the embed reads/],
  ])('names the problem with %j', (data, problem) => {
    const read = readHostMessage(data);
    expect(read && 'problem' in read ? read.problem : read).toMatch(problem);
  });
});

/** A window inside an iframe, with its parent's received messages and a way to send one. */
function fakeEmbed({ inFrame = true } = {}) {
  const sent: { message: unknown; origin: string }[] = [];
  const listeners = new Set<(event: MessageEvent) => void>();
  const resize: { notify?: () => void } = {};
  let height = 500;
  const parent = {
    postMessage: (message: unknown, origin: string) => sent.push({ message, origin }),
  };
  const self: Record<string, unknown> = {
    addEventListener: (_: string, listener: (event: MessageEvent) => void) =>
      listeners.add(listener),
    removeEventListener: (_: string, listener: (event: MessageEvent) => void) =>
      listeners.delete(listener),
    ResizeObserver: class {
      constructor(callback: () => void) {
        resize.notify = callback;
      }
      observe() {
        resize.notify?.();
      }
      disconnect() {
        resize.notify = undefined;
      }
    },
  };
  self.parent = inFrame ? parent : self;
  const show = vi.fn();
  const warn = vi.fn();
  const connection = connectToHost({
    window: self as unknown as EmbedEnvironment['window'],
    root: { getBoundingClientRect: () => ({ height }) } as Element,
    show,
    eventUrl: (id) => `https://example.org/events/${id}`,
    warn,
  });
  return {
    sent,
    show,
    warn,
    connection,
    listeners,
    grow(to: number) {
      height = to;
      resize.notify?.();
    },
    receive(
      data: unknown,
      {
        source = parent,
        origin = 'https://host.example',
      }: { source?: object; origin?: string } = {},
    ) {
      for (const listener of listeners) listener({ data, source, origin } as MessageEvent);
    },
  };
}

describe('connectToHost', () => {
  it('sends the height on load and when it changes, once per change', () => {
    const embed = fakeEmbed();
    embed.grow(500);
    embed.grow(720.4);
    expect(embed.sent).toEqual([
      { message: { type: 'corpus-timeline:height', height: 500 }, origin: '*' },
      { message: { type: 'corpus-timeline:height', height: 721 }, origin: '*' },
    ]);
  });

  it('answers a request for the height to the asker’s origin', () => {
    const embed = fakeEmbed();
    embed.receive({ type: 'corpus-timeline:request-height' });
    expect(embed.sent.at(-1)).toEqual({
      message: { type: 'corpus-timeline:height', height: 500 },
      origin: 'https://host.example',
    });
  });

  it('tells each new selection with its page’s address, and a cleared one', () => {
    const embed = fakeEmbed();
    embed.connection.selected('a');
    embed.connection.selected('a');
    embed.connection.selected(null);
    expect(embed.sent.slice(1).map((sent) => sent.message)).toEqual([
      { type: 'corpus-timeline:select', id: 'a', url: 'https://example.org/events/a' },
      { type: 'corpus-timeline:select', id: null, url: null },
    ]);
  });

  it('selects what the host asks for', () => {
    const embed = fakeEmbed();
    embed.receive({ type: 'corpus-timeline:select-event', id: 'a' });
    embed.receive({ type: 'corpus-timeline:select-event', id: null });
    expect(embed.show.mock.calls).toEqual([['a'], [null]]);
  });

  it('ignores messages from any window but its parent, and malformed ones without throwing', () => {
    const embed = fakeEmbed();
    embed.receive({ type: 'corpus-timeline:select-event', id: 'a' }, { source: {} });
    embed.receive({ type: 'webpackOk' });
    expect(() => {
      embed.receive({ type: 'corpus-timeline:select-event', id: 3 });
    }).not.toThrow();
    expect(embed.show).not.toHaveBeenCalled();
    expect(embed.warn).toHaveBeenCalledTimes(1);
    expect(embed.warn.mock.calls[0]?.[0]).toMatch(/from https:\/\/host\.example: .*needs an id/);
  });

  it('does nothing outside an iframe', () => {
    const embed = fakeEmbed({ inFrame: false });
    embed.connection.selected('a');
    expect(embed.sent).toEqual([]);
    expect(embed.listeners.size).toBe(0);
  });

  it('stops listening when disconnected', () => {
    const embed = fakeEmbed();
    embed.connection.disconnect();
    expect(embed.listeners.size).toBe(0);
  });
});
