import { roleOfPlayer } from './roles';
import { ACTIONS, type ActionId } from './data/actions';
import { SCENARIOS } from './data/scenarios';
import type { Commitment, PeninsulaState, SeatView } from './state';
import type { Tracks } from './tracks';

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
 * what the news strip, the last-round panel and the map show — and the last round's record (the
 * last-round panel, the notices); of the record before it only its board (the tracks panel shows the
 * change since the last round began). Those lists are most of a late state and every update goes to
 * every seat whole (boardgame.io #754). Older headlines are public and the server hands them out on
 * request (GET /api/matches/:id/headlines); the older round records come with the final state.
 */
export const RECENT_ROUNDS_SENT = 2;

/**
 * The public lists of which an update leaves the older part out and the server hands out whole on
 * request: GET /api/matches/:id/headlines and /commitments (server/http/routes/matches.ts).
 */
export const ON_REQUEST = ['headlines', 'commitments'] as const;
export type OnRequest = (typeof ON_REQUEST)[number];

/**
 * Whether a commitment travels in an update that carries the rounds from `since`: every commitment in
 * force (the rules, the orders panel and the map read them), and a settled one while its term or the
 * exposure that settled it (a breach, or the snapback a breach of its agreement set off) falls in those
 * rounds. Settled commitments never change again; the older ones are on request (ON_REQUEST)
 * and in the final state.
 */
function commitmentTravels(G: PeninsulaState, c: Commitment, since: number): boolean {
  if (c.status === 'active' || c.endsAfterRound >= since) return true;
  const agreementOf = (id: string) => G.commitments.find((other) => other.id === id)?.agreementId;
  return G.breaches.some((b) => b.exposedInRound >= since && (b.commitmentId === c.id || agreementOf(b.commitmentId) === c.agreementId));
}

/**
 * The round each action was last ordered in, as far as a seat needs it while the game runs: the
 * actions still cooling down (the orders panel greys them out) and those ordered in the recent rounds.
 * The rest matters to nobody until the debrief, which reads the final state.
 */
function recentlyUsed(G: PeninsulaState, since: number): PeninsulaState['lastUsed'] {
  const lastUsed: PeninsulaState['lastUsed'] = {};
  for (const [action, round] of Object.entries(G.lastUsed) as [ActionId, number][]) {
    const cooldown = ACTIONS[action].cooldown;
    if (round >= since || (cooldown !== undefined && G.round - round <= cooldown)) lastUsed[action] = round;
  }
  return lastUsed;
}

/**
 * The board as the last round began: the tracks of the round record before the last one, or the
 * scenario's start before there is one. The tracks panel measures its arrows from it; an update that
 * leaves that record out carries its tracks alone (`lastRoundBegan`).
 */
export function boardAsLastRoundBegan(G: SeatView): Tracks {
  return G.lastRoundBegan ?? G.history[G.history.length - 2]?.tracks ?? SCENARIOS[G.options.scenario].tracks;
}

/**
 * What an update carries of the public lists instead of the whole (see wireView), or null when nothing is
 * old enough to leave out. It depends on the state alone: the five seats' views of one update share it.
 */
function recentPart(G: PeninsulaState): Partial<SeatView> | null {
  const since = G.round - (RECENT_ROUNDS_SENT - 1);
  if (!G.headlines.some((h) => h.round < since)) return null;
  const lastRoundBegan = G.history[G.history.length - 2]?.tracks;
  return {
    headlines: G.headlines.filter((h) => h.round >= since),
    history: G.history.filter((r) => r.round >= since),
    commitments: G.commitments.filter((c) => commitmentTravels(G, c, since)),
    lastUsed: recentlyUsed(G, since),
    recentSince: since,
    ...(lastRoundBegan ? { lastRoundBegan } : {}),
  };
}

/**
 * recentPart per state, worked out once for all seats (the server's states are frozen: a frozen state's
 * lists cannot change under it). A WeakMap: it goes with the state.
 */
const recentParts = new WeakMap<PeninsulaState, Partial<SeatView> | null>();

function recentPartOf(G: PeninsulaState): Partial<SeatView> | null {
  if (!Object.isFrozen(G)) return recentPart(G);
  let part = recentParts.get(G);
  if (part === undefined) {
    part = recentPart(G);
    // Shared by every seat's view: frozen like the state, so that no reader of one view changes another's.
    if (part) for (const value of Object.values(part)) Object.freeze(value);
    recentParts.set(G, part && Object.freeze(part));
  }
  return part;
}

/**
 * What the server sends a seat: its playerView without the older rounds while the game runs —
 * headlines before `recentSince`, round records before the last round (the one before it reduced to
 * its board, `lastRoundBegan`), commitments settled before then (commitmentTravels) and the rounds of
 * actions that no longer cool down (recentlyUsed). The final
 * state carries them all.
 */
export function wireView(G: PeninsulaState, playerID: string | null | undefined, gameOver: boolean): SeatView {
  const view = playerView(G, playerID);
  const recent = gameOver ? null : recentPartOf(G);
  return recent ? { ...view, ...recent } : view;
}
