import type { ComponentProps } from 'react';
import type { ClassBoard } from '../../client/classroom/ClassGame';
import type { MatchState } from '../../tools/sim/headless';
import { viewOf } from './support';

export type ClassBoardProps = ComponentProps<typeof ClassBoard>;

/** A student's class table as boardgame.io would hand it over: the US seat's own view. */
export function classTableProps(state: MatchState, { paused = false, press = false }: { paused?: boolean; press?: boolean } = {}): ClassBoardProps {
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
    press,
  } as unknown as ClassBoardProps;
}
