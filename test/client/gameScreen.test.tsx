// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { GameScreen } from '../../client/game/GameScreen';
import { checkMove } from '../../client/game/moveChecks';
import { AGENDAS } from '../../shared/data/agendas';
import { ROLES } from '../../shared/roles';
import { everyoneDone, newMatch } from '../support/match';
import { recordingSend } from './support';

afterEach(cleanup);

const seats = ROLES.map((role) => ({ role, kind: 'human' as const, name: role.toLowerCase(), connected: true }));

describe('the game screen', () => {
  test('a lost connection shows a banner, which goes once the connection is back', () => {
    const state = newMatch();
    const { send, G, ctx } = recordingSend(state, 'US');
    const { rerender } = render(<GameScreen G={G} ctx={ctx} playerID="0" send={send} seats={seats} isConnected={false} />);
    expect(screen.getByText(/Connection lost — reconnecting/).getAttribute('role')).toBe('alert');
    rerender(<GameScreen G={G} ctx={ctx} playerID="0" send={send} seats={seats} isConnected />);
    expect(screen.queryByText(/Connection lost/)).toBeNull();
  });

  test('the Press tab shows how many messages the seat has not read', () => {
    const { send, G, ctx } = recordingSend(newMatch(), 'US');
    const { rerender } = render(<GameScreen G={G} ctx={ctx} playerID="0" send={send} seats={seats} isConnected press={<p>press</p>} pressUnread={3} />);
    expect(screen.getByRole('tab', { name: /^Press/ }).textContent).toBe('Press3');
    expect(screen.getByLabelText('3 unread messages')).toBeTruthy();
    rerender(<GameScreen G={G} ctx={ctx} playerID="0" send={send} seats={seats} isConnected press={<p>press</p>} pressUnread={0} />);
    expect(screen.getByRole('tab', { name: /^Press/ }).textContent).toBe('Press');
  });

  test('a spectator sees the public table and no agenda, role card or orders', () => {
    const state = everyoneDone(newMatch());
    const { send, G, ctx } = recordingSend(state, null);
    const { container } = render(<GameScreen G={G} ctx={ctx} playerID={null} send={send} seats={seats} isConnected />);
    expect(screen.getByText('Spectator')).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Your role' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Seal my orders' })).toBeNull();
    for (const role of ROLES) expect(container.textContent).not.toContain(AGENDAS[state.G.private[role]!.agenda!].label);
  });

  test('the tabs are keyboard-operable: arrow keys move between panels', () => {
    const { send, G, ctx } = recordingSend(newMatch(), 'PRC');
    render(<GameScreen G={G} ctx={ctx} playerID="3" send={send} seats={seats} isConnected />);
    const act = screen.getByRole('tab', { name: /^Act/ });
    expect(act.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(act, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Your role' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: /You are China/ })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Your role' }), { key: 'End' });
    expect(screen.getByRole('heading', { name: 'What happened' })).toBeTruthy();
  });

  test('a move out of its phase is refused on the client with the reason, and nothing is sent', () => {
    const state = newMatch();
    const { send, sent, G, ctx } = recordingSend(state, 'US');
    const refusal = send('submitOrders', { actions: ['pressChina', 'reassureAllies'], commitments: {} });
    expect(refusal?.code).toBe('WRONG_PHASE');
    expect(refusal?.message).toBe('That can only be done during orders; it is now diplomacy.');
    expect(sent).toEqual([]);
    expect(checkMove(G, ctx.phase, null, 'done')?.code).toBe('NOT_A_PLAYER');
  });
});
