// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { MoveAlertToggle } from '../../client/online/MoveAlertToggle';
import { useMoveAlert, useYourMove } from '../../client/online/yourMove';
import type { Role } from '../../shared/roles';
import type { MatchState } from '../../tools/sim/headless';
import { move, newMatch } from '../support/match';
import { viewOf } from './support';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

function Seat({ state, role }: { state: MatchState; role: Role }) {
  const alert = useMoveAlert();
  const yours = useYourMove(viewOf(state, role), state.ctx.phase, role, state.ctx.gameover !== undefined, alert.on);
  return (
    <div>
      <MoveAlertToggle on={alert.on} toggle={alert.toggle} />
      <span data-testid="yours">{String(yours)}</span>
    </div>
  );
}

describe('the tab says when it is your move', () => {
  test('in diplomacy the title says "(Your move)" until the seat leaves the table, then it does not', () => {
    const state = newMatch();
    expect(state.ctx.phase).toBe('diplomacy');
    const { rerender } = render(<Seat state={state} role="US" />);
    expect(document.title).toBe('(Your move) Peninsula');
    rerender(<Seat state={move(state, 'US', 'done')} role="US" />);
    expect(document.title).toBe('Peninsula');
    expect(screen.getByTestId('yours').textContent).toBe('false');
  });

  test('the move alert is off by default and remembered by the browser once switched on', () => {
    const { unmount } = render(<Seat state={newMatch()} role="DPRK" />);
    const toggle = screen.getByRole('button', { name: 'Move alert: off' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Move alert: on' }).getAttribute('aria-pressed')).toBe('true');
    unmount();
    render(<Seat state={newMatch()} role="DPRK" />);
    expect(screen.getByRole('button', { name: 'Move alert: on' })).toBeTruthy();
  });
});
