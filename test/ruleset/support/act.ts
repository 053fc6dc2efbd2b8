import type { TransientState } from 'boardgame.io';
import { CreateGameReducer } from 'boardgame.io/internal';
import { processedGame, type MatchState } from '../../../tools/sim/headless';
import type { PeninsulaState } from '../../../shared/state';

const reducer = CreateGameReducer({ game: processedGame, isClient: false });

/**
 * boardgame.io's reducer as the server runs it, for any sender: a seat '0'..'4', a seat that does
 * not exist, or a spectator (null). A refused move comes back unchanged with `transients.error`:
 * 'action/invalid_move' when the move returned INVALID_MOVE, 'action/unavailable_move' for a move
 * of another phase, 'action/inactive_player' for a seat that may not move now.
 */
export function act(state: MatchState, playerID: string | null, move: string, args: unknown[]): TransientState<PeninsulaState> {
  // The action type says playerID is a string; the reducer itself handles null (a spectator's move).
  return reducer(state, { type: 'MAKE_MOVE', payload: { type: move, args, playerID: playerID as string } }) as TransientState<PeninsulaState>;
}

export function errorOf(state: TransientState<PeninsulaState>): string | undefined {
  return state.transients?.error?.type;
}
