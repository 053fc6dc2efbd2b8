// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { GameScreen } from '../../client/game/GameScreen';
import { ROLES, playerOfRole } from '../../shared/roles';
import { KEPT_MATCHES, KEPT_MS } from '../../client/game/panels/drafts';
import { holdingOrders } from '../../shared/rules/orders';
import { everyoneDone, move, newMatch } from '../support/match';
import { recordingSend } from './support';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const seats = ROLES.map((role) => ({ role, kind: 'human' as const, name: role.toLowerCase(), connected: true }));
const MEMO = 'Letters first: rapport opens Hanoi.';

function ordersScreen(role: 'US' | 'JPN', matchID = 'm1') {
  return gameScreen(everyoneDone(newMatch()), role, matchID);
}

function gameScreen(state: ReturnType<typeof newMatch>, role: 'US' | 'JPN', matchID = 'm1') {
  const { send, sent, G, ctx } = recordingSend(state, role);
  render(<GameScreen G={G} ctx={ctx} playerID={playerOfRole(role)} send={send} seats={seats} isConnected matchID={matchID} />);
  return sent;
}

function chosen(): { ticked: string[]; memo: string } {
  const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
  return {
    ticked: boxes
      .filter((b) => b.checked)
      .map((b) => b.id)
      .sort(),
    memo: (screen.getByLabelText(/Decision memo/) as HTMLTextAreaElement).value,
  };
}

function draftUsOrders(): void {
  fireEvent.click(screen.getByLabelText(/Personal letter/));
  fireEvent.click(screen.getByLabelText(/Reassure allies/));
  fireEvent.change(screen.getByLabelText(/Decision memo/), { target: { value: MEMO } });
}

const DRAFTED = { ticked: ['action-personalLetter', 'action-reassureAllies'], memo: MEMO };

describe('orders being chosen outlive the panel', () => {
  test('a look at Your role, Deals or News and back keeps the ticks and the memo', () => {
    ordersScreen('US');
    draftUsOrders();
    for (const tab of ['Your role', 'Deals', 'News']) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      expect(screen.queryByLabelText(/Decision memo/)).toBeNull(); // the panel really went away
      fireEvent.click(screen.getByRole('tab', { name: /^Act/ }));
      expect(chosen(), `after ${tab}`).toEqual(DRAFTED);
    }
  });

  test('a reload finds the draft; another seat, another match and a sealed draft find nothing', () => {
    ordersScreen('US');
    draftUsOrders();
    cleanup(); // the page goes; the browser's storage stays, as in a reloaded tab
    ordersScreen('US');
    expect(chosen()).toEqual(DRAFTED);
    cleanup();
    ordersScreen('JPN'); // the hot-seat screen passed on: Japan's panel holds nothing of the United States'
    expect(chosen()).toEqual({ ticked: [], memo: '' });
    expect(document.body.textContent).not.toContain(MEMO);
    cleanup();
    ordersScreen('US', 'm2');
    expect(chosen()).toEqual({ ticked: [], memo: '' });
    cleanup();
    const sent = ordersScreen('US');
    fireEvent.click(screen.getByRole('button', { name: 'Seal my orders' }));
    expect(sent).toEqual([{ move: 'submitOrders', args: [{ actions: ['personalLetter', 'reassureAllies'], commitments: {}, memo: MEMO }] }]);
    cleanup();
    ordersScreen('US');
    expect(chosen()).toEqual({ ticked: [], memo: '' });
  });

  test('a stored draft is read as input: actions of another role and choices that are not comply or breach are dropped', () => {
    window.localStorage.setItem(
      'peninsula:draft:m1:US:1:orders',
      JSON.stringify({ actions: ['missileTest', 'personalLetter', 42], choices: { x: 'maybe' }, memo: 'x'.repeat(900) }),
    );
    ordersScreen('US');
    expect(chosen().ticked).toEqual(['action-personalLetter']);
    expect(chosen().memo).toHaveLength(400);
  });
});

describe('a draft outlives the tab, within bounds', () => {
  const draftKeys = () =>
    Object.keys(window.localStorage)
      .filter((k) => k.startsWith('peninsula:draft:'))
      .sort();

  test('a closed tab or a restarted browser keeps it: the student who rejoins the match in a new tab finds it', () => {
    ordersScreen('US');
    draftUsOrders();
    cleanup();
    window.sessionStorage.clear(); // a new tab, or the browser restarted: nothing of the old tab's session is left
    ordersScreen('US');
    expect(chosen()).toEqual(DRAFTED);
  });

  test('typing does not walk every stored key: the drafts are pruned when the panel loads, not on each keystroke', () => {
    for (const matchID of ['a', 'b'])
      window.localStorage.setItem(`peninsula:draft:${matchID}:US:1:orders`, JSON.stringify({ actions: [], choices: {}, memo: matchID }));
    ordersScreen('US');
    const walked = vi.spyOn(Storage.prototype, 'key');
    try {
      draftUsOrders();
      for (const memo of ['L', 'Le', 'Let']) fireEvent.change(screen.getByLabelText(/Decision memo/), { target: { value: memo } });
      expect(walked).not.toHaveBeenCalled();
    } finally {
      walked.mockRestore();
    }
    // Positive control: what was typed is kept, and a reload (the panel loading again) prunes.
    cleanup();
    const reloaded = vi.spyOn(Storage.prototype, 'key');
    try {
      ordersScreen('US');
      expect(chosen().memo).toBe('Let');
      expect(reloaded).toHaveBeenCalled();
    } finally {
      reloaded.mockRestore();
    }
  });

  test(`only the ${KEPT_MATCHES} matches last touched keep their drafts, none older than two days, none of a round gone by`, () => {
    window.localStorage.setItem('peninsula:draft:m1:US:0:orders', JSON.stringify({ actions: ['personalLetter'], choices: {}, memo: 'old round' }));
    window.localStorage.setItem('peninsula:draft:stale:US:3:orders', JSON.stringify({ actions: [], choices: {}, memo: 'two days ago' }));
    window.localStorage.setItem('peninsula:drafts-touched', JSON.stringify({ stale: Date.now() - KEPT_MS - 1000 }));
    for (const matchID of ['m1', 'm2', 'm3', 'm4']) {
      ordersScreen('US', matchID);
      draftUsOrders();
      cleanup();
    }
    expect(draftKeys()).toEqual(['peninsula:draft:m2:US:1:orders', 'peninsula:draft:m3:US:1:orders', 'peninsula:draft:m4:US:1:orders']);
    ordersScreen('US', 'm1');
    expect(chosen()).toEqual({ ticked: [], memo: '' });
    cleanup();
    ordersScreen('US', 'm3');
    expect(chosen()).toEqual(DRAFTED);
  });

  test('orders sealed for the role elsewhere (a teammate, the timer, the teacher) leave no draft behind', () => {
    ordersScreen('US');
    draftUsOrders();
    cleanup();
    expect(draftKeys()).toEqual(['peninsula:draft:m1:US:1:orders']);
    const ready = everyoneDone(newMatch());
    gameScreen(move(ready, 'US', 'submitOrders', holdingOrders(ready.G, 'US')), 'US');
    expect(screen.getByRole('heading', { name: 'Your orders are sealed' })).toBeTruthy();
    expect(draftKeys()).toEqual([]);
  });
});

describe('a summit being composed outlives the panel', () => {
  const group = (name: string) => within(screen.getByRole('group', { name }));
  const composed = () => ({
    invited: (group('Invite').getAllByRole('checkbox') as HTMLInputElement[]).filter((b) => b.checked).length,
    venue: (screen.getByLabelText('Venue') as HTMLSelectElement).value,
    offers: (group('You offer').getAllByRole('checkbox') as HTMLInputElement[]).filter((b) => b.checked).length,
    asks: screen.queryByRole('group', { name: 'You ask for' })?.querySelectorAll('input:checked').length ?? 0,
  });
  const COMPOSED = { invited: 1, venue: 'hanoi', offers: 1, asks: 1 };

  test('a look at Your role and a reload keep partners, venue, offers and asks; another seat starts blank; a sent proposal keeps only the table', () => {
    gameScreen(newMatch(), 'US');
    fireEvent.click(group('Invite').getByRole('checkbox', { name: /North Korea/ }));
    fireEvent.change(screen.getByLabelText('Venue'), { target: { value: 'hanoi' } });
    fireEvent.click(group('You offer').getByRole('checkbox', { name: /Humanitarian aid/ }));
    fireEvent.click(group('You ask for').getByRole('checkbox', { name: /Allow inspections/ }));
    fireEvent.click(screen.getByRole('tab', { name: 'Your role' }));
    expect(screen.queryByLabelText('Venue')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: /^Act/ }));
    expect(composed()).toEqual(COMPOSED);
    cleanup();
    gameScreen(newMatch(), 'US');
    expect(composed()).toEqual(COMPOSED);
    cleanup();
    gameScreen(newMatch(), 'JPN');
    expect(composed()).toEqual({ invited: 0, venue: 'singapore', offers: 0, asks: 0 });
    cleanup();
    const sent = gameScreen(newMatch(), 'US');
    fireEvent.click(screen.getByRole('button', { name: 'Send proposal' }));
    expect(sent).toEqual([{ move: 'propose', args: [{ to: ['DPRK'], venue: 'hanoi', offers: ['usHumanitarianAid'], asks: ['allowInspections'] }] }]);
    expect(composed()).toEqual({ ...COMPOSED, offers: 0, asks: 0 });
  });
});
