import { enumerateMoves } from '../../shared/enumerate';
import type { SetupInput } from '../../shared/options';
import { applyMove, seatsToMove, startMatch, type MatchState } from '../../tools/sim/headless';

export const MOVE_BOUND = 3000;

export interface Step {
  playerID: string;
  move: string;
  args: unknown[];
}

/**
 * Plays legal moves chosen by `pick(n)` (an index below n) until the game ends.
 * Calls `inspect` after every move. Throws if a listed move is refused or the bound is passed.
 */
export function playRandomGame(
  setup: SetupInput,
  pick: (n: number) => number,
  inspect?: (state: MatchState, step: Step) => void,
): { state: MatchState; steps: Step[] } {
  let state = startMatch(setup);
  const steps: Step[] = [];
  while (state.ctx.gameover === undefined) {
    if (steps.length >= MOVE_BOUND) throw new Error(`no end after ${MOVE_BOUND} moves`);
    const { playerID, choices } = seatWithMoves(state, pick);
    const choice = choices[pick(choices.length)];
    if (!choice) throw new Error('no choice');
    const next = applyMove(state, playerID, choice.move, choice.args);
    if (next._stateID === state._stateID) throw new Error(`listed move refused: ${JSON.stringify(choice)}`);
    const step = { playerID, move: choice.move, args: choice.args };
    steps.push(step);
    state = next;
    inspect?.(state, step);
  }
  return { state, steps };
}

/**
 * A seat chosen uniformly among those with a legal move, and its moves. Seats are drawn until one
 * has a move, so a move costs one or two enumerations rather than one per seat (half a game's time).
 */
function seatWithMoves(state: MatchState, pick: (n: number) => number): { playerID: string; choices: ReturnType<typeof enumerateMoves> } {
  const candidates = seatsToMove(state.ctx);
  while (candidates.length > 0) {
    const [playerID] = candidates.splice(pick(candidates.length), 1);
    const choices = playerID === undefined ? [] : enumerateMoves(state.G, state.ctx.phase, playerID);
    if (playerID !== undefined && choices.length > 0) return { playerID, choices };
  }
  throw new Error(`stalled in ${String(state.ctx.phase)}`);
}

/** A small deterministic stream of indices (LCG), for loops that do not need shrinking. */
export function lcg(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
}
