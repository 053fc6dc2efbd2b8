// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { OrdersPanel } from '../../client/game/panels/OrdersPanel';
import { applyMove } from '../../tools/sim/headless';
import { playerOfRole } from '../../shared/roles';
import { everyoneDone, newMatch } from '../support/match';
import { recordingSend, viewOf } from './support';

afterEach(cleanup);

describe('the decision memo in the orders panel', () => {
  test('a memo written with the orders is sent with them, and the sealed panel shows it back to its own seat only', () => {
    const state = everyoneDone(newMatch());
    const { send, sent, G } = recordingSend(state, 'US');
    render(<OrdersPanel G={G} role="US" send={send} />);
    fireEvent.click(screen.getByLabelText(/Personal letter/));
    fireEvent.click(screen.getByLabelText(/Reassure allies/));
    fireEvent.change(screen.getByLabelText(/Decision memo/), { target: { value: 'Letters first: rapport opens Hanoi.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Seal my orders' }));
    expect(sent).toEqual([
      { move: 'submitOrders', args: [{ actions: ['personalLetter', 'reassureAllies'], commitments: {}, memo: 'Letters first: rapport opens Hanoi.' }] },
    ]);
    const after = applyMove(state, playerOfRole('US'), 'submitOrders', sent[0]!.args);
    cleanup();
    render(<OrdersPanel G={viewOf(after, 'US')} role="US" send={send} />);
    expect(screen.getByTestId('my-memo').textContent).toContain('Letters first: rapport opens Hanoi.');
    cleanup();
    render(<OrdersPanel G={viewOf(after, 'JPN')} role="JPN" send={send} />);
    expect(document.body.textContent).not.toContain('Letters first');
  });

  test('the memo box caps its length at the rule and leaves orders without a memo untouched', () => {
    const state = everyoneDone(newMatch());
    const { send, sent, G } = recordingSend(state, 'US');
    render(<OrdersPanel G={G} role="US" send={send} />);
    expect(screen.getByLabelText(/Decision memo/).getAttribute('maxLength')).toBe('400');
    fireEvent.click(screen.getByLabelText(/Personal letter/));
    fireEvent.click(screen.getByLabelText(/Reassure allies/));
    fireEvent.change(screen.getByLabelText(/Decision memo/), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Seal my orders' }));
    expect(sent[0]!.args[0]).toEqual({ actions: ['personalLetter', 'reassureAllies'], commitments: {} });
  });
});
