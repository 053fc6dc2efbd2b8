// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readSeatLink, seatLinkOf, takeSeatFromLink } from '../../client/online/seatLink';
import { loadSeat, saveSeat } from '../../client/online/seatStore';

const seat = { playerID: '2', credentials: 'Zq3_k-9xYv0aBcDeFgHiJ', playerName: 'Min-jun & co' };

function open(link: string): void {
  const url = new URL(link);
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
}

afterEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('the personal link that carries a seat to another device', () => {
  it('holds the seat in the fragment only, and reads back the same seat', () => {
    const link = seatLinkOf('m 1', seat);
    const url = new URL(link);
    expect(url.pathname).toBe('/match/m%201');
    expect(url.search).toBe('');
    expect(url.hash).toContain(seat.credentials);
    expect(readSeatLink(url.hash)).toEqual({ kind: 'seat', seat });
  });

  it('refuses damaged or forged fields', () => {
    const fragment = (fields: Record<string, string>) => `#${new URLSearchParams(fields).toString()}`;
    expect(readSeatLink('')).toEqual({ kind: 'none' });
    expect(readSeatLink('#round=3')).toEqual({ kind: 'none' });
    for (const bad of <Record<string, string>[]>[
      { seat: '5', key: 'abc', name: 'A' },
      { seat: '-1', key: 'abc', name: 'A' },
      { seat: '1e0', key: 'abc', name: 'A' },
      { seat: '1', key: '', name: 'A' },
      { seat: '1', key: 'a b', name: 'A' },
      { seat: '1', key: 'x'.repeat(129), name: 'A' },
      { seat: '1', key: 'abc', name: '  ' },
      { seat: '1', key: 'abc', name: 'n'.repeat(33) },
      { seat: '1', key: 'abc', name: 'Bot · hawk' },
      { seat: '1', name: 'A' },
      { key: 'abc', name: 'A' },
    ])
      expect(readSeatLink(fragment(bad)), JSON.stringify(bad)).toEqual({ kind: 'bad' });
    expect(readSeatLink(fragment({ seat: '4', key: 'x'.repeat(128), name: 'A' })).kind).toBe('seat');
  });

  it('opened: stores the seat as a join does and drops the fragment from the address bar', () => {
    open(seatLinkOf('m1', seat));
    expect(loadSeat('m1')).toBeNull();
    expect(takeSeatFromLink('m1')).toContain('This browser now holds the South Korea seat (Min-jun & co)');
    expect(loadSeat('m1')).toEqual(seat);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/match/m1');
    // Once taken, a reload finds no link and changes nothing.
    expect(takeSeatFromLink('m1')).toBeNull();
    expect(loadSeat('m1')).toEqual(seat);
  });

  it('a bad link stores nothing, says so, and is dropped from the address bar too', () => {
    window.history.replaceState(null, '', '/match/m1#seat=9&key=abc&name=A');
    expect(takeSeatFromLink('m1')).toContain('damaged or incomplete, so nothing was stored');
    expect(loadSeat('m1')).toBeNull();
    expect(window.location.hash).toBe('');
  });

  it('does not replace another seat this browser holds in the match', () => {
    const mine = { playerID: '0', credentials: 'mine', playerName: 'Me' };
    saveSeat('m1', mine);
    open(seatLinkOf('m1', seat));
    expect(takeSeatFromLink('m1')).toContain('already holds the United States seat');
    expect(loadSeat('m1')).toEqual(mine);
    expect(window.location.hash).toBe('');
    // The same seat again (a newer copy of the link) is simply stored.
    open(seatLinkOf('m1', { ...mine, credentials: 'newer' }));
    expect(takeSeatFromLink('m1')).toContain('now holds the United States seat');
    expect(loadSeat('m1')?.credentials).toBe('newer');
  });
});
