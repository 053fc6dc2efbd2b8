import type { Ctx, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from 'boardgame.io/internal';
import { Peninsula } from '../../shared/game';
import { NUM_PLAYERS, type SetupInput } from '../../shared/options';
import type { PeninsulaState } from '../../shared/state';

/**
 * A match without a server or a client: boardgame.io's own reducer driving the Peninsula game.
 * Simulations, property tests and benchmarks play thousands of games through it.
 */
export type MatchState = State<PeninsulaState>;

const game = ProcessGameConfig(Peninsula);
const reducer = CreateGameReducer({ game, isClient: false });

export function startMatch(setupData?: SetupInput): MatchState {
  return InitializeGame({ game, numPlayers: NUM_PLAYERS, setupData }) as MatchState;
}

/** Applies a move as `playerID`; an invalid move leaves the state unchanged (same _stateID). */
export function applyMove(state: MatchState, playerID: string, move: string, args: unknown[]): MatchState {
  const action = { type: 'MAKE_MOVE' as const, payload: { type: move, args, playerID } };
  return reducer(state, action) as MatchState;
}

/** The seats that may move now: everyone active in simultaneous phases, else the current player. */
export function seatsToMove(ctx: Ctx): string[] {
  if (ctx.gameover !== undefined) return [];
  if (ctx.activePlayers) return Object.keys(ctx.activePlayers);
  return [ctx.currentPlayer];
}

export { game as processedGame };
