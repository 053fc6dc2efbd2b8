// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { bindsText, untilText } from '../../client/game/commitmentText';
import { OrdersPanel } from '../../client/game/panels/OrdersPanel';
import { SummitComposer } from '../../client/game/panels/SummitComposer';
import { GameScreen } from '../../client/game/GameScreen';
import { playerOfRole, ROLES, roleNamePossessive, type Role } from '../../shared/roles';
import { applyMove } from '../../tools/sim/headless';
import { everyoneDone, move, newMatch } from '../support/match';
import { recordingSend, viewOf } from './support';

afterEach(cleanup);

/** The US gives North Korea a liaison office (symbolic, forbids nothing) and gets a test moratorium (forbids tests) in return. */
function afterLiaisonDeal() {
  let state = move(newMatch(), 'US', 'propose', { to: ['DPRK'], venue: 'singapore', offers: ['liaisonOffice'], asks: ['testMoratorium'] });
  state = move(state, 'DPRK', 'respond', { proposalId: state.G.proposals[0]!.id, answer: 'accepted' });
  return everyoneDone(state);
}

describe('the words a player reads', () => {
  test.each([
    ['US', "the United States' table"],
    ['DPRK', "North Korea's table"],
    ['PRC', "China's table"],
  ] as [Role, string][])('the possessive of %s reads "%s"', (role, text) => {
    expect(`${roleNamePossessive(role)} table`).toBe(text);
  });

  test('a promise for the rest of the game says so, never "round 99"', () => {
    const state = afterLiaisonDeal();
    const liaison = state.G.commitments.find((c) => c.concession === 'liaisonOffice')!;
    const moratorium = state.G.commitments.find((c) => c.concession === 'testMoratorium')!;
    expect(bindsText('liaisonOffice')).toBe('for the rest of the game');
    expect(bindsText('testMoratorium')).toBe('binds 3 rounds');
    expect(untilText(viewOf(state, 'US'), liaison)).toBe('for the rest of the game');
    expect(untilText(viewOf(state, 'US'), moratorium)).toBe(`until round ${moratorium.endsAfterRound}`);
  });

  test('a symbolic promise that no order can break shows no Comply/Breach buttons, and the orders still comply', () => {
    const state = afterLiaisonDeal();
    const { send, sent, G } = recordingSend(state, 'US');
    render(<OrdersPanel G={G} role="US" send={send} />);
    const text = document.body.textContent ?? '';
    expect(text).toContain('Liaison office');
    expect(text).toContain('for the rest of the game');
    expect(text).not.toMatch(/round 99|nothing in particular/);
    expect(screen.queryByRole('radiogroup')).toBeNull();
    fireEvent.click(screen.getByLabelText(/Personal letter/));
    fireEvent.click(screen.getByLabelText(/Reassure allies/));
    fireEvent.click(screen.getByRole('button', { name: 'Seal my orders' }));
    const liaison = G.commitments.find((c) => c.concession === 'liaisonOffice')!;
    expect(sent[0]?.args).toEqual([{ actions: ['personalLetter', 'reassureAllies'], commitments: { [liaison.id]: 'comply' } }]);
    expect(applyMove(state, playerOfRole('US'), 'submitOrders', sent[0]!.args).G.submitted.US).toBe(true);
  });

  test('a promise an order can break keeps its choice, with what complying rules out', () => {
    const { G, send } = recordingSend(afterLiaisonDeal(), 'DPRK');
    render(<OrdersPanel G={G} role="DPRK" send={send} />);
    expect(screen.getByRole('radiogroup', { name: 'Comply with or breach Test moratorium' })).toBeTruthy();
    expect(document.body.textContent).toContain('complying rules out Missile test, Nuclear test');
  });

  test('the summit preview names the kind of agreement in plain words', () => {
    const { G, send } = recordingSend(newMatch(), 'US');
    render(<SummitComposer G={G} role="US" send={send} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /North Korea/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Liaison office/ }));
    expect(document.body.textContent).toContain('This would be a joint statement: words only, nothing in it can be checked.');
    fireEvent.click(screen.getByRole('checkbox', { name: /Test moratorium/ }));
    expect(document.body.textContent).toContain('This would be a deal: at least one of its promises can be checked.');
    expect(document.body.textContent).not.toContain('something verifiable');
  });

  test('the game screen is titled with the right possessive for a screen reader', () => {
    const state = newMatch();
    const { G, send } = recordingSend(state, 'US');
    render(<GameScreen G={G} ctx={state.ctx} playerID={playerOfRole('US')} send={send} seats={ROLES.map((role) => ({ role, kind: 'bot' }))} isConnected />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Peninsula: the United States' table");
  });
});
