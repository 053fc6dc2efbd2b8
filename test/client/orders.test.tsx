// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { OrdersPanel } from '../../client/game/panels/OrdersPanel';
import { ACTIONS } from '../../shared/data/actions';
import { previewEffects } from '../../shared/effects';
import { FLAG_INFO, TRACK_INFO } from '../../shared/tracks';
import { playerOfRole } from '../../shared/roles';
import { applyMove } from '../../tools/sim/headless';
import { everyoneDone, move, newMatch } from '../support/match';
import { recordingSend, viewOf } from './support';

afterEach(cleanup);

function ordersPhase() {
  return everyoneDone(newMatch());
}

describe('the orders panel', () => {
  test('two chosen actions show their combined preview and are sent as submitOrders', () => {
    const state = ordersPhase();
    const { send, sent, G } = recordingSend(state, 'US');
    render(<OrdersPanel G={G} role="US" send={send} />);
    const seal = screen.getByRole('button', { name: 'Seal my orders' });
    expect((seal as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/Personal letter/));
    fireEvent.click(screen.getByLabelText(/Reassure allies/));
    const preview = screen.getByRole('heading', { name: "If resolved on today's board" }).parentElement!;
    // The ruleset's own preview of both actions together, one line per track moved.
    const expected = previewEffects(G, [...ACTIONS.personalLetter.effects, ...ACTIONS.reassureAllies.effects]);
    expect(expected.length).toBeGreaterThan(2);
    for (const change of expected) {
      expect(preview.textContent).toContain(
        'track' in change ? `${TRACK_INFO[change.track].label} ${change.from}→${change.to}` : `${FLAG_INFO[change.flag].label} starts`,
      );
    }
    expect(preview.textContent).toContain(`Leader rapport US–DPRK ${G.tracks.rapport}→${G.tracks.rapport + 2}`);
    fireEvent.click(seal);
    expect(sent).toEqual([{ move: 'submitOrders', args: [{ actions: ['personalLetter', 'reassureAllies'], commitments: {} }] }]);
  });

  test('a third pick replaces the older one, so at most two actions are ever chosen', () => {
    const { send, G } = recordingSend(ordersPhase(), 'DPRK');
    render(<OrdersPanel G={G} role="DPRK" send={send} />);
    for (const label of [/Charm offensive/, /Cyber operation/, /Arms exports/]) fireEvent.click(screen.getByLabelText(label));
    const checked = screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked);
    expect(checked.map((c) => c.closest('li')?.querySelector('.action-label')?.textContent)).toEqual(['Cyber operation', 'Arms exports']);
  });

  test('an action the rules rule out is disabled and says why', () => {
    const state = ordersPhase();
    // No North Korean step is in force at the start: action-for-action relief has nothing to reward.
    render(<OrdersPanel G={viewOf(state, 'US')} role="US" send={() => null} />);
    const item = screen.getByLabelText(/Sanctions relief/).closest('li')!;
    expect((within(item).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    expect(item.textContent).toContain('Relief rewards a step');
  });

  test('complying with a commitment that forbids a chosen action shows the ruleset’s reason; breaching allows it', () => {
    let state = newMatch();
    state = move(state, 'US', 'propose', { to: ['DPRK'], venue: 'singapore', offers: ['partialSanctionsRelief'], asks: ['testMoratorium'] });
    state = move(state, 'DPRK', 'respond', { proposalId: state.G.proposals[0]!.id, answer: 'accepted' });
    state = everyoneDone(state);
    const { send, sent, G } = recordingSend(state, 'DPRK');
    render(<OrdersPanel G={G} role="DPRK" send={send} />);
    fireEvent.click(screen.getByLabelText(/Missile test/));
    fireEvent.click(screen.getByLabelText(/Cyber operation/));
    expect(screen.getByTestId('refusal').textContent).toContain('Your commitment "Test moratorium" forbids Missile test');
    expect((screen.getByRole('button', { name: 'Seal my orders' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Breach' }));
    fireEvent.click(screen.getByRole('button', { name: 'Seal my orders' }));
    const commitment = G.commitments.find((c) => c.role === 'DPRK')!;
    expect(sent).toEqual([{ move: 'submitOrders', args: [{ actions: ['missileTest', 'cyberOperation'], commitments: { [commitment.id]: 'breach' } }] }]);
    // And the server-side reducer takes exactly that.
    expect(applyMove(state, playerOfRole('DPRK'), 'submitOrders', sent[0]!.args).G.submitted.DPRK).toBe(true);
  });

  test('once sealed, the seat sees its own orders and who is still choosing', () => {
    const state = move(ordersPhase(), 'US', 'submitOrders', { actions: ['pressChina', 'jointDrills'], commitments: {} });
    render(<OrdersPanel G={viewOf(state, 'US')} role="US" send={() => null} />);
    expect(screen.getByTestId('my-orders').textContent).toBe(`${ACTIONS.pressChina.label}${ACTIONS.jointDrills.label}`);
    expect(screen.getByRole('status').textContent).toBe('Waiting for North Korea, South Korea, China, Japan.');
  });
});
