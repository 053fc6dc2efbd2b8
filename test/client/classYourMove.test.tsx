// @vitest-environment jsdom
import type { ComponentProps } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ClassBoard } from '../../client/classroom/ClassGame';
import type { MatchState } from '../../tools/sim/headless';
import { move, newMatch } from '../support/match';
import { viewOf } from './support';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

type BoardProps = ComponentProps<typeof ClassBoard>;

/** A student's table as boardgame.io would hand it over: the US seat's own view. */
function tableProps(state: MatchState, paused = false): BoardProps {
  return {
    G: viewOf(state, 'US'),
    ctx: state.ctx,
    moves: {},
    playerID: '0',
    matchID: 'class-table',
    credentials: 'c',
    isConnected: true,
    matchData: [],
    paused,
  } as unknown as BoardProps;
}

describe('a class table says when it is the student’s move', () => {
  test('the title says "(Your move)" at the diplomacy table, not after leaving it, and not while the teacher pauses', () => {
    const state = newMatch();
    const { rerender } = render(<ClassBoard {...tableProps(state)} />);
    expect(document.title).toBe('(Your move) Peninsula');
    expect(screen.getByRole('button', { name: 'Move alert: off' })).toBeTruthy();
    rerender(<ClassBoard {...tableProps(state, true)} />);
    expect(document.title).toBe('Peninsula');
    rerender(<ClassBoard {...tableProps(move(state, 'US', 'done'))} />);
    expect(document.title).toBe('Peninsula');
  });
});
