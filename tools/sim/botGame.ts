import { chooseBotMove } from '../../shared/bots';
import type { MoveChoice } from '../../shared/enumerate';
import type { Personality, SetupInput } from '../../shared/options';
import { ROLES, type Role } from '../../shared/roles';
import { applyMove, seatsToMove, startMatch, type MatchState } from './headless';

/** Upper bound on moves in one game: far above any real game, so a loop is caught, not hidden. */
export const MAX_MOVES_PER_GAME = 2000;

/** The first seat with a bot move now, and that move; null when no bot has one. */
export function nextBotMove(state: MatchState, personalities: Readonly<Record<Role, Personality>>): { playerID: string; choice: MoveChoice } | null {
  for (const playerID of seatsToMove(state.ctx)) {
    const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID, personality: personalities[ROLES[Number(playerID)] as Role] });
    if (choice) return { playerID, choice };
  }
  return null;
}

/** Plays a whole game with a bot in every seat. Throws if a bot makes an illegal move or the game stalls. */
export function playBotGame(setupData: SetupInput, personalities: Readonly<Record<Role, Personality>>): { state: MatchState; moves: number } {
  let state = startMatch(setupData);
  let moves = 0;
  while (state.ctx.gameover === undefined) {
    if (moves >= MAX_MOVES_PER_GAME) throw new Error(`No end after ${MAX_MOVES_PER_GAME} moves`);
    const next = nextBotMove(state, personalities);
    if (!next) throw new Error(`Stalled in phase ${String(state.ctx.phase)}: no bot has a move`);
    const before = state._stateID;
    state = applyMove(state, next.playerID, next.choice.move, next.choice.args);
    if (state._stateID === before) throw new Error(`Bot ${ROLES[Number(next.playerID)]} made an illegal move: ${JSON.stringify(next.choice)}`);
    moves += 1;
  }
  return { state, moves };
}
