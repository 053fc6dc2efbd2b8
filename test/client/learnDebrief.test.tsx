// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { EndScreen } from '../../client/game/EndScreen';
import { ACTIONS } from '../../shared/data/actions';
import { holdingOrders } from '../../shared/rules/orders';
import type { GameResult } from '../../shared/scoring';
import { everyoneDone, newMatch, quietRound, submitOrders } from '../support/match';
import { viewOf } from './support';

afterEach(cleanup);

/** A four-round game in which the United States explains its first orders. */
function gameWithMemo() {
  const inOrders = everyoneDone(newMatch({ rounds: 4 }));
  const usOrders = holdingOrders(inOrders.G, 'US');
  let state = submitOrders(inOrders, { US: { ...usOrders, memo: 'Reassure Seoul before any summit.' } });
  for (let i = 0; i < 3 && state.ctx.gameover === undefined; i++) state = quietRound(state);
  return { state, usOrders };
}

describe('the end screen connects the game to learning', () => {
  test('every memo is shown beside the orders it explains', () => {
    const { state, usOrders } = gameWithMemo();
    render(<EndScreen G={viewOf(state, 'JPN')} result={state.ctx.gameover as GameResult} role="JPN" />);
    const table = screen.getByRole('region', { name: 'Decision memos beside the orders' });
    const row = within(table).getByText('Reassure Seoul before any summit.').closest('tr')!;
    expect(row.textContent).toContain(usOrders.actions.map((a) => ACTIONS[a].label).join(' + '));
    expect(row.querySelector('th')?.textContent).toContain('US');
  });

  test("the seat gets reflection prompts from its own game, and the table's path is shown beside history", () => {
    const { state } = gameWithMemo();
    render(<EndScreen G={viewOf(state, 'US')} result={state.ctx.gameover as GameResult} role="US" />);
    const reflection = screen.getByRole('heading', { name: /Reflect on your game, United States/ }).parentElement!;
    expect(within(reflection).getByTestId('reflection-peak').textContent).toContain('Tension peaked at');
    expect(within(reflection).getByTestId('reflection-kept')).toBeTruthy();
    const noDeal = screen.getByTestId('what-if-noAgreement');
    expect(noDeal.textContent).toContain('your table');
    expect(within(noDeal).getByRole('heading', { name: 'What really happened' }).nextElementSibling?.textContent).toContain('Stockholm');
    expect(screen.getByTestId('what-if-dialogue').textContent).toContain('not your path');
  });

  test('a spectator sees memos and history but no reflection prompts', () => {
    const { state } = gameWithMemo();
    render(<EndScreen G={viewOf(state, null)} result={state.ctx.gameover as GameResult} role={undefined} />);
    expect(screen.queryByRole('heading', { name: /Reflect on your game/ })).toBeNull();
    expect(screen.getByText('Reassure Seoul before any summit.')).toBeTruthy();
  });
});
