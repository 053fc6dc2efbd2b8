import { roleOfPlayer } from './roles';
import type { PeninsulaState } from './state';

/**
 * What one seat may see: its own private slice and nothing of the secret state.
 * A spectator (playerID null) sees only public state. Hidden per GAME.md: agendas, orders and
 * commitment choices before reveal, unseen breaches, the undrawn deck and the random seed.
 * At the end the agendas are revealed through the game result (ctx.gameover), not here.
 */
export function playerView(G: PeninsulaState, playerID: string | null | undefined): PeninsulaState {
  const role = roleOfPlayer(playerID);
  const own = role ? G.private[role] : undefined;
  return { ...G, private: role && own ? { [role]: own } : {}, secret: null };
}
