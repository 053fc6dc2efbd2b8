import { enumerateMoves, type MoveChoice } from '../../../shared/enumerate';
import type { SetupInput } from '../../../shared/options';
import { nextRandom, seedFromString } from '../../../shared/rng';
import { applyMove, seatsToMove, startMatch, type MatchState } from '../../../shared/sim/headless';

/** Chooses an index in 0..n-1; random games are driven by one of these. */
export type Picker = (n: number) => number;

/** A picker from a fixed seed (mulberry32, the ruleset's own stream), so a failing game can be replayed. */
export function seededPicker(seed: string): Picker {
  let state = seedFromString(seed);
  return (n) => {
    const [value, next] = nextRandom(state);
    state = next;
    return Math.floor(value * n);
  };
}

/** A picker that reads a list of integers in turn (fast-check draws them), starting again at the end. */
export function listPicker(choices: readonly number[]): Picker {
  let i = 0;
  return (n) => {
    const value = choices.length === 0 ? 0 : (choices[i++ % choices.length] ?? 0);
    return value % n;
  };
}

export interface PlayedMove {
  playerID: string;
  move: string;
  args: unknown[];
}

/** The seats that have a legal move now, with the moves each may make (from the rules' own enumerate). */
export function legalMoves(state: MatchState): { playerID: string; moves: MoveChoice[] }[] {
  if (state.ctx.phase === null) return [];
  const phase = state.ctx.phase;
  return seatsToMove(state.ctx)
    .map((playerID) => ({ playerID, moves: enumerateMoves(state.G, phase, playerID) }))
    .filter((seat) => seat.moves.length > 0);
}

/**
 * Plays one game of legal moves chosen by `pick` until gameover or `maxMoves`.
 * Throws if a legal move is refused or no seat can move before the end: both are bugs.
 */
export function playRandomGame(setup: SetupInput, pick: Picker, maxMoves: number, afterMove?: (state: MatchState, played: PlayedMove) => void): { state: MatchState; moves: PlayedMove[] } {
  let state = startMatch(setup);
  const moves: PlayedMove[] = [];
  while (state.ctx.gameover === undefined && moves.length < maxMoves) {
    const seats = legalMoves(state);
    const seat = seats[pick(seats.length)];
    if (!seat) throw new Error(`Stalled in round ${state.G.round}, phase ${String(state.ctx.phase)}: no seat has a legal move`);
    const choice = seat.moves[pick(seat.moves.length)] as MoveChoice;
    const next = applyMove(state, seat.playerID, choice.move, choice.args);
    if (next._stateID === state._stateID) throw new Error(`A legal move was refused: ${seat.playerID} ${choice.move} ${JSON.stringify(choice.args)}`);
    const played = { playerID: seat.playerID, move: choice.move, args: choice.args };
    moves.push(played);
    state = next;
    afterMove?.(state, played);
  }
  return { state, moves };
}

/** Replays recorded moves from a fresh match. */
export function replay(setup: SetupInput, moves: readonly PlayedMove[]): MatchState {
  return moves.reduce((state, m) => applyMove(state, m.playerID, m.move, m.args), startMatch(setup));
}
