// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SocketNotice } from '../../client/common/SocketNotice';
import { publishSocketRefusal } from '../../client/common/socketRefusalFeed';
import { SOCKET_REFUSAL_WORDS } from '../../client/common/socketRefusalWords';
import { seatIsGone, SOCKET_REFUSALS } from '../../shared/api/socketRefusals';

afterEach(cleanup);

describe("the server's socket refusals, as the page says them", () => {
  it('words every reason the server can send, for a player', () => {
    expect(Object.keys(SOCKET_REFUSAL_WORDS).sort()).toEqual([...SOCKET_REFUSALS].sort());
    for (const words of Object.values(SOCKET_REFUSAL_WORDS)) expect(words).not.toMatch(/playerID|credentials|JSON|sync|socket|\b[A-Z_]{4,}\b/);
  });

  it("shows a refused move of this match until dismissed or the game moves on; another match's refusal is not shown", () => {
    const { rerender } = render(<SocketNotice matchID="m1" stateKey="1:diplomacy" />);
    act(() => publishSocketRefusal('m2', { event: 'update', reason: 'NOT_NOW', matchID: 'm2' }));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => publishSocketRefusal('m1', { event: 'update', reason: 'NOT_NOW', matchID: 'm1', move: 'propose' }));
    expect(screen.getByRole('alert').textContent).toContain(SOCKET_REFUSAL_WORDS.NOT_NOW);
    rerender(<SocketNotice matchID="m1" stateKey="1:orders" />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => publishSocketRefusal('m1', { event: 'update', reason: 'PAUSED', matchID: 'm1' }));
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('leaves what the page shows elsewhere to it (a lost seat, on the online match page)', () => {
    const shows = (refused: Parameters<typeof seatIsGone>[0]) => !seatIsGone(refused);
    render(<SocketNotice matchID="m3" stateKey="k" shows={shows} />);
    act(() => publishSocketRefusal('m3', { event: 'sync', reason: 'SEAT_CHANGED', matchID: 'm3' }));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => publishSocketRefusal('m3', { event: 'update', reason: 'RULES', matchID: 'm3' }));
    expect(screen.getByRole('alert').textContent).toContain(SOCKET_REFUSAL_WORDS.RULES);
  });
});
