import { getFilterPlayerView } from 'boardgame.io/internal';
import type { Game, State } from 'boardgame.io';
import { deepFreeze } from '../shared/deepFreeze';
import { Peninsula } from '../shared/game';
import { RECENT_ROUNDS_SENT, playerView, wireView } from '../shared/playerView';
import type { PeninsulaState, SeatView } from '../shared/state';
import { viewPatch } from '../server/socket/viewPatch';
import type { Step } from './storage';

/**
 * Bytes of one `update` message per seat, as boardgame.io's own filter builds it (state through the
 * game's playerView, log redacted), over a whole bot game: the whole view (before issue 18), the
 * recent headlines only (before the deals were trimmed) and what the server sends (wireView).
 */
const served: Game<PeninsulaState> = { ...Peninsula, playerView: ({ G, ctx, playerID }) => wireView(G, playerID, ctx.gameover !== undefined) };

/** wireView as it was at 611bede, kept as the bench's before row: older headlines and round records left out, nothing else. */
function recentHeadlinesOnly(G: PeninsulaState, playerID: string | null | undefined, gameOver: boolean): SeatView {
  const view = playerView(G, playerID);
  const since = G.round - (RECENT_ROUNDS_SENT - 1);
  if (gameOver || !view.headlines.some((h) => h.round < since)) return view;
  return { ...view, headlines: view.headlines.filter((h) => h.round >= since), history: view.history.filter((r) => r.round >= since - 1), recentSince: since };
}
const headlinesOnly: Game<PeninsulaState> = {
  ...Peninsula,
  playerView: ({ G, ctx, playerID }) => recentHeadlinesOnly(G, playerID, ctx.gameover !== undefined),
};

function updateBytes(game: Game, state: State, deltalog: unknown[]): number {
  const filter = getFilterPlayerView(game as never);
  const sizes = ['0', '1', '2', '3', '4'].map(
    (seat) => JSON.stringify(filter(seat, { type: 'update', args: ['match', { ...state, deltalog }] } as never)).length,
  );
  return sizes.reduce((a, b) => a + b, 0) / sizes.length;
}

/**
 * Bytes of what a socket that asks for patches receives for a move, per seat: the `patch` from the view
 * it was sent for the state before (server/socket/seatPatches.ts), or the whole update where the server
 * sends it whole (the final state, a patch it gives up on). States frozen, as the server holds them.
 */
function patchBytes(previous: State, state: State, deltalog: unknown[]): number {
  const filter = getFilterPlayerView(served as never);
  const sizes = ['0', '1', '2', '3', '4'].map((seat) => {
    const before = filter(seat, { type: 'update', args: ['match', previous] } as never).args[1] as object;
    const message = filter(seat, { type: 'update', args: ['match', { ...state, deltalog }] } as never);
    const ops = state.ctx.gameover === undefined ? viewPatch(before, message.args[1] as object) : null;
    if (!ops) return JSON.stringify(message).length;
    return JSON.stringify({ type: 'patch', args: ['match', previous._stateID, state._stateID, ops, message.args[2]] }).length;
  });
  return sizes.reduce((a, b) => a + b, 0) / sizes.length;
}

export function wireSizes(games: { steps: Step[] }[]) {
  const at = (fraction: number, game: Game) =>
    Math.round(
      games.reduce((a, g) => {
        const i = Math.min(g.steps.length - 1, Math.floor(fraction * (g.steps.length - 1)));
        return a + updateBytes(game, g.steps[i]!.state, g.steps[i]!.deltalog);
      }, 0) / games.length,
    );
  const mean = (game: Game) =>
    Math.round(games.reduce((a, g) => a + g.steps.reduce((b, s) => b + updateBytes(game, s.state, s.deltalog), 0) / g.steps.length, 0) / games.length);
  const row = (game: Game) => ({ early: at(0.1, game), mid: at(0.5, game), late: at(0.9, game), end: at(1, game), mean: mean(game) });
  // Frozen copies (the server's states are frozen; these steps are the other sections' too).
  const frozen = games.map((g) => g.steps.map((step) => deepFreeze(structuredClone(step.state))));
  const patchAt = (g: number, i: number) =>
    i === 0 ? updateBytes(served, frozen[g]![0]!, games[g]!.steps[0]!.deltalog) : patchBytes(frozen[g]![i - 1]!, frozen[g]![i]!, games[g]!.steps[i]!.deltalog);
  const patchedAt = (fraction: number) =>
    Math.round(games.reduce((a, g, n) => a + patchAt(n, Math.min(g.steps.length - 1, Math.floor(fraction * (g.steps.length - 1)))), 0) / games.length);
  const patched = {
    early: patchedAt(0.1),
    mid: patchedAt(0.5),
    late: patchedAt(0.9),
    end: patchedAt(1),
    mean: Math.round(games.reduce((a, g, n) => a + g.steps.reduce((b, _, i) => b + patchAt(n, i), 0) / g.steps.length, 0) / games.length),
  };
  return { games: games.length, whole: row(Peninsula), headlinesOnly: row(headlinesOnly), sent: row(served), patched };
}
