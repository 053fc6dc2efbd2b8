// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { OrdersPanel } from '../../client/game/panels/OrdersPanel';
import { holdingOrders } from '../../shared/rules/orders';
import { everyoneDone, move, newMatch } from '../support/match';
import { recordingSend, viewOf } from './support';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const ready = everyoneDone(newMatch());
/** The US orders sealed by someone else: a teammate on the role, the timer or the teacher. */
const sealedByOthers = viewOf(move(ready, 'US', 'submitOrders', holdingOrders(ready.G, 'US')), 'US');
const said = () => screen.queryByRole('alert')?.textContent ?? null;
const WORDS = 'They were sealed from another screen (a teammate, the timer or the teacher): what you had chosen here was not sent.';

describe('orders sealed for the role from another screen', () => {
  test('while this screen had them open with a draft: it says the draft was not sent', () => {
    const { G, send } = recordingSend(ready, 'US');
    const { rerender } = render(<OrdersPanel G={G} role="US" send={send} matchID="m1" />);
    fireEvent.click(screen.getByLabelText(/Personal letter/));
    rerender(<OrdersPanel G={sealedByOthers} role="US" send={send} matchID="m1" />);
    expect(screen.getByRole('heading', { name: 'Your orders are sealed' })).toBeTruthy();
    expect(said()).toBe(WORDS);
    expect(window.localStorage.getItem('peninsula:draft:m1:US:1:orders')).toBeNull();
  });

  test('while this screen had them open with nothing chosen: it says so too', () => {
    const { G, send } = recordingSend(ready, 'US');
    const { rerender } = render(<OrdersPanel G={G} role="US" send={send} matchID="m1" />);
    rerender(<OrdersPanel G={sealedByOthers} role="US" send={send} matchID="m1" />);
    expect(said()).toBe(WORDS);
  });

  test('while this screen was closed with a draft kept: the screen opened again says so', () => {
    const { G, send } = recordingSend(ready, 'US');
    render(<OrdersPanel G={G} role="US" send={send} matchID="m1" />);
    fireEvent.click(screen.getByLabelText(/Personal letter/));
    cleanup();
    render(<OrdersPanel G={sealedByOthers} role="US" send={send} matchID="m1" />);
    expect(said()).toBe(WORDS);
  });

  test('sealed from this screen: no such word, now or after a reload', () => {
    const { G, send, sent } = recordingSend(ready, 'US');
    const { rerender } = render(<OrdersPanel G={G} role="US" send={send} matchID="m1" />);
    fireEvent.click(screen.getByLabelText(/Personal letter/));
    fireEvent.click(screen.getByLabelText(/Reassure allies/));
    fireEvent.click(screen.getByRole('button', { name: 'Seal my orders' }));
    expect(sent.map((s) => s.move)).toEqual(['submitOrders']);
    const mine = viewOf(move(ready, 'US', 'submitOrders', sent[0]!.args[0]), 'US');
    rerender(<OrdersPanel G={mine} role="US" send={send} matchID="m1" />);
    expect(screen.getByRole('heading', { name: 'Your orders are sealed' })).toBeTruthy();
    expect(said()).toBeNull();
    cleanup();
    render(<OrdersPanel G={mine} role="US" send={send} matchID="m1" />);
    expect(said()).toBeNull();
  });
});
