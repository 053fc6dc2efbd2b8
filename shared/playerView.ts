import { roleOfPlayer } from './roles';
import type { PeninsulaState, SeatView } from './state';

/**
 * What one seat may see: its own private slice and nothing of the secret state.
 * A spectator (playerID null) sees only public state. Hidden per GAME.md: agendas, orders and
 * commitment choices before reveal, unseen breaches, the undrawn deck and the random seed.
 * At the end the agendas are revealed through the game result (ctx.gameover), not here.
 */
export function playerView(G: PeninsulaState, playerID: string | null | undefined): SeatView {
  const role = roleOfPlayer(playerID);
  const own = role ? G.private[role] : undefined;
  return { ...G, private: role && own ? { [role]: own } : {}, secret: null };
}

function isSeatView(G: PeninsulaState): G is SeatView {
  return G.secret === null;
}

/**
 * A state a client received, as the SeatView it renders. The server sends each seat its playerView,
 * so this is the same object; were a full state ever to arrive, the seat's view is taken from it.
 */
export function seatViewOf(G: PeninsulaState, playerID: string | null | undefined): SeatView {
  return isSeatView(G) ? G : playerView(G, playerID);
}

/**
 * The rounds an update carries headlines of while the game runs: this round's and the last one's —
 * what the news strip, the last-round panel and the map show — and round records one further back
 * (the tracks panel shows the change over the last round). Those two lists are most of a late state
 * (14 of 18 KB) and every update goes to every seat whole (boardgame.io #754). Older headlines are
 * public and the server hands them out on request (GET /api/matches/:id/headlines); the older
 * round records come with the final state.
 */
export const RECENT_ROUNDS_SENT = 2;

/**
 * What the server sends a seat: its playerView, with the headlines (before `recentSince`) and round
 * records (before the round ahead of it) of older rounds left out while the game runs. The final
 * state carries them all.
 */
export function wireView(G: PeninsulaState, playerID: string | null | undefined, gameOver: boolean): SeatView {
  const view = playerView(G, playerID);
  const since = G.round - (RECENT_ROUNDS_SENT - 1);
  const oldHeadline = (h: { round: number }) => h.round < since;
  const oldRecord = (r: { round: number }) => r.round < since - 1;
  if (gameOver || !view.headlines.some(oldHeadline)) return view;
  return { ...view, headlines: view.headlines.filter((h) => !oldHeadline(h)), history: view.history.filter((r) => !oldRecord(r)), recentSince: since };
}
