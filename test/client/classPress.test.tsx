// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ClassBoard } from '../../client/classroom/ClassGame';
import type { PressMessage } from '../../shared/press';
import { newMatch } from '../support/match';
import { classTableProps } from './classTable';

/**
 * The network's side of a press stream, as EventSource gives it to the page: the server is not
 * under test here (test/press covers it), the class board's reading of what arrives is.
 */
class StreamFromServer {
  static CLOSED = 2;
  static opened: StreamFromServer[] = [];
  readyState = 1;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    StreamFromServer.opened.push(this);
  }
  addEventListener(name: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  close() {
    this.readyState = StreamFromServer.CLOSED;
  }
  deliver(message: PressMessage) {
    const event = new MessageEvent('press', { data: JSON.stringify(message), lastEventId: message.id });
    for (const listener of this.listeners.get('press') ?? []) listener(event);
  }
}

const fromPyongyang: PressMessage = { id: 'm1', matchID: 'class-table', round: 1, from: 'DPRK', to: ['US'], text: 'Meet me in Hanoi.', sentAt: 1 };

beforeEach(() => {
  StreamFromServer.opened = [];
  vi.stubGlobal('EventSource', StreamFromServer);
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ticket: 't' }), { status: 200, headers: { 'content-type': 'application/json' } }));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

const tableProps = (press: boolean) => classTableProps(newMatch(), { press });

async function openStream(count: number): Promise<StreamFromServer> {
  await waitFor(() => expect(StreamFromServer.opened).toHaveLength(count));
  return StreamFromServer.opened[count - 1]!;
}

describe('a student’s Press tab in class', () => {
  test('counts unread messages, keeps them when the teacher closes and reopens the press, and clears once read', async () => {
    const { rerender } = render(<ClassBoard {...tableProps(true)} />);
    const first = await openStream(1);
    expect(first.url).toContain('ticket=t');
    act(() => first.deliver(fromPyongyang));
    expect(screen.getByLabelText('1 unread messages')).toBeTruthy();

    // The teacher closes the press: no tab, no badge, no stream.
    rerender(<ClassBoard {...tableProps(false)} />);
    expect(screen.queryByRole('tab', { name: /^Press/ })).toBeNull();
    expect(screen.queryByLabelText(/unread messages/)).toBeNull();
    expect(first.readyState).toBe(StreamFromServer.CLOSED);

    // Reopened: a new stream sends the history again, and the message is still unread.
    rerender(<ClassBoard {...tableProps(true)} />);
    const second = await openStream(2);
    act(() => second.deliver(fromPyongyang));
    expect(screen.getByLabelText('1 unread messages')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: /^Press/ }));
    fireEvent.click(document.querySelector<HTMLElement>('[data-conversation="DPRK"]')!);
    expect(document.body.textContent).toContain('Meet me in Hanoi.');
    expect(screen.queryByLabelText(/unread messages/)).toBeNull();
    // Read marks live in this browser: a reload still counts it read.
    cleanup();
    render(<ClassBoard {...tableProps(true)} />);
    const third = await openStream(3);
    act(() => third.deliver(fromPyongyang));
    expect(screen.getByRole('tab', { name: /^Press/ })).toBeTruthy();
    expect(screen.queryByLabelText(/unread messages/)).toBeNull();
  });
});
