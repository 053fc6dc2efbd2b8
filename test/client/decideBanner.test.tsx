// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { GameScreen } from '../../client/game/GameScreen';
import { EVENTS } from '../../shared/data/events';
import { ROLES, playerOfRole, type Role } from '../../shared/roles';
import { startMatch } from '../../tools/sim/headless';
import { answerCrisis } from '../support/match';
import { recordingSend } from './support';

afterEach(cleanup);

const seats = ROLES.map((role) => ({ role, kind: 'human' as const, name: role.toLowerCase(), connected: true }));
/** A seed whose first card asks China to choose (the Six-Party Talks): the crisis phase waits on one seat. */
const waitingOnChina = () => startMatch({ seed: 'd', scenario: 'singapore2018' });

function show(state: ReturnType<typeof startMatch>, role: Role) {
  const { send, sent, G, ctx } = recordingSend(state, role);
  const view = render(<GameScreen G={G} ctx={ctx} playerID={playerOfRole(role)} send={send} seats={seats} isConnected />);
  return { sent, view };
}

describe('a crisis waiting on this seat is said above the board', () => {
  test('the seat that decides is told before the map, and its button opens the choice from any tab', () => {
    const state = waitingOnChina();
    expect([state.ctx.phase, state.G.crisis.pendingChoice]).toEqual(['crisis', 'PRC']);
    const { sent, view } = show(state, 'PRC');
    const banner = screen.getByTestId('decide-banner');
    expect(banner.textContent).toContain(EVENTS[state.G.crisis.event!].choice!.prompt);
    // Before the board and the map in the page's order, where a phone shows it without scrolling.
    const grid = view.container.querySelector('.game-grid')!;
    expect(banner.compareDocumentPosition(grid) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Your role' }));
    expect(view.container.querySelector('.crisis-choice')).toBeNull();
    fireEvent.click(within(banner).getByRole('button', { name: 'Go to the choice' }));
    expect(screen.getByRole('tab', { name: /^Act/ }).getAttribute('aria-selected')).toBe('true');
    const options = view.container.querySelectorAll('.crisis-choice button');
    expect(options.length).toBeGreaterThan(1);
    fireEvent.click(options[0]!);
    expect(sent.map((m) => m.move)).toEqual(['chooseCrisisOption']);
  });

  test('another seat is not told to decide, and once the choice is made nobody is', () => {
    const state = waitingOnChina();
    show(state, 'US');
    expect(screen.queryByTestId('decide-banner')).toBeNull();
    cleanup();
    show(answerCrisis(state), 'PRC');
    expect(screen.queryByTestId('decide-banner')).toBeNull();
  });
});
