import { chooseBotMove } from '../bots';
import type { Personality, SetupInput } from '../options';
import { ROLES, type Role } from '../roles';
import { applyMove, seatsToMove, startMatch, type MatchState } from './headless';

/** Upper bound on moves in one game: far above any real game, so a loop is caught, not hidden. */
export const MAX_MOVES_PER_GAME = 2000;

/** Plays a whole game with a bot in every seat. Throws if a bot makes an illegal move or the game stalls. */
export function playBotGame(setupData: SetupInput, personalities: Readonly<Record<Role, Personality>>): { state: MatchState; moves: number } {
  let state = startMatch(setupData);
  let moves = 0;
  while (state.ctx.gameover === undefined) {
    if (moves >= MAX_MOVES_PER_GAME) throw new Error(`No end after ${MAX_MOVES_PER_GAME} moves`);
    let moved = false;
    for (const playerID of seatsToMove(state.ctx)) {
      const role = ROLES[Number(playerID)] as Role;
      const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID, personality: personalities[role] });
      if (!choice) continue;
      const before = state._stateID;
      state = applyMove(state, playerID, choice.move, choice.args);
      if (state._stateID === before) throw new Error(`Bot ${role} made an illegal move: ${JSON.stringify(choice)}`);
      moves += 1;
      moved = true;
      break;
    }
    if (!moved) throw new Error(`Stalled in phase ${String(state.ctx.phase)}: no bot has a move`);
  }
  return { state, moves };
}
