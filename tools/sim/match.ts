import type { Game } from 'boardgame.io';
import { MCTSBot, RandomBot } from 'boardgame.io/ai';
import { chooseBotMove } from '../../shared/bots';
import type { ActionId } from '../../shared/data/actions';
import type { ScenarioId } from '../../shared/data/scenarios';
import type { MoveChoice } from '../../shared/enumerate';
import { Peninsula } from '../../shared/game';
import type { Personality } from '../../shared/options';
import { nextRandom, seedFromString } from '../../shared/rng';
import { playerOfRole, ROLES, type Role } from '../../shared/roles';
import type { GameResult } from '../../shared/scoring';
import type { OutcomeId } from '../../shared/data/outcomes';
import type { Tracks } from '../../shared/tracks';
import type { AgendaId } from '../../shared/data/agendas';
import { emptyDecisionTiming, recordDecision, type DecisionTiming } from './decisionTime';
import { applyMove, seatsToMove, startMatch, type MatchState } from './headless';

/** Who plays a seat in a simulated game. */
export type SeatPlayer =
  | { readonly kind: 'heuristic'; readonly personality: Personality }
  | { readonly kind: 'random' }
  | { readonly kind: 'mcts'; readonly iterations: number; readonly playoutDepth: number };

export interface GameSpec {
  seed: string;
  scenario: ScenarioId;
  rounds?: number;
  /** One player per seat, in ROLES order. */
  seats: readonly SeatPlayer[];
}

/** What the balance report needs of one finished game. Plain data: it crosses worker threads as JSON. */
export interface GameSummary {
  seed: string;
  scenario: ScenarioId;
  seats: string[];
  outcome: OutcomeId;
  winners: Role[];
  war: boolean;
  roundsPlayed: number;
  agreements: number;
  deals: number;
  jointStatements: number;
  proposals: number;
  /** Counter-proposals made, how many of them were signed, and walk-outs: how the bots bargain. */
  counters: number;
  countersAgreed: number;
  walkOuts: number;
  breaches: number;
  /** Actions ordered, by id, and role-orders given, by role (the denominators of action usage). */
  actions: Partial<Record<ActionId, number>>;
  ordersByRole: Record<Role, number>;
  scores: Record<Role, number>;
  /** Each role's secret agenda and whether it was met at the end (for the fairness of agendas). */
  agendas: Record<Role, AgendaId | null>;
  agendaMet: Record<Role, boolean>;
  /** Points of each public objective term, in OBJECTIVES order, per role. */
  objectivePoints: Record<Role, number[]>;
  /** The best score's lead over the second best (0: a tie on points, whoever the breaches then favour); null in a war. */
  margin: number | null;
  /** The board at the end, for the report's mean final tracks. */
  finalTracks: Tracks;
  moves: number;
  /** Wall time of the whole game, in ms. */
  ms: number;
  /** How long the heuristic seats' decisions took. */
  decisions: DecisionTiming;
}

/** Upper bound on moves in one game: far above any real game (random seats included), so a loop is caught. */
export const MAX_MOVES = 3000;

export function seatLabel(seat: SeatPlayer): string {
  return seat.kind === 'heuristic' ? seat.personality : seat.kind === 'mcts' ? `mcts${seat.iterations}` : 'random';
}

/**
 * boardgame.io's MCTSBot scores a playout by `gameover.winner`; our result names `winners`.
 * This adapter adds the first winner's seat so MCTS has something to climb. It reads the full
 * state (MCTS plays with open cards): a strong opponent for a report, not a fair player.
 */
const gameForMcts: Game = {
  ...Peninsula,
  endIf: (context) => {
    const result = (Peninsula.endIf as (c: typeof context) => GameResult | undefined)(context);
    if (!result) return undefined;
    const first = result.winners[0];
    return first === undefined || result.winners.length > 1 ? { ...result, draw: true } : { ...result, winner: playerOfRole(first) };
  },
} as Game;

interface SeatController {
  /** The move this seat makes now, or null if it has none (or waits). */
  choose(state: MatchState, playerID: string): Promise<MoveChoice | null> | MoveChoice | null;
}

function controllerFor(seat: SeatPlayer, seed: string, heuristicSeats: string[], timing: DecisionTiming): SeatController {
  const enumerate = Peninsula.ai!.enumerate;
  switch (seat.kind) {
    case 'heuristic':
      return {
        choose: (state, playerID) => {
          const started = performance.now();
          const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID, personality: seat.personality, botSeats: heuristicSeats });
          recordDecision(timing, performance.now() - started);
          return choice;
        },
      };
    case 'random': {
      const bot = new RandomBot({ enumerate, seed });
      return {
        choose: async (state, playerID) => {
          const { action } = await bot.play(state, playerID);
          return action ? { move: action.payload.type, args: action.payload.args ?? [] } : null;
        },
      };
    }
    case 'mcts': {
      const bot = new MCTSBot({ game: gameForMcts, enumerate, seed, iterations: seat.iterations, playoutDepth: seat.playoutDepth });
      return {
        choose: async (state, playerID) => {
          if (enumerate(state.G, state.ctx, playerID).length === 0) return null;
          const { action } = await bot.play(state, playerID);
          return action ? { move: action.payload.type, args: action.payload.args ?? [] } : null;
        },
      };
    }
  }
}

/** A seeded order in which the seats are asked, fresh each step: no seat always speaks first. */
function seatOrder(seats: string[], rng: { state: number }): string[] {
  const out = [...seats];
  for (let i = out.length - 1; i > 0; i--) {
    const [value, next] = nextRandom(rng.state);
    rng.state = next;
    const j = Math.floor(value * (i + 1));
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out;
}

/** Sees every move a game applies, in order (the fingerprint of same-seed games reads them). */
export type MoveObserver = (playerID: string, choice: MoveChoice) => void;

/**
 * Plays one full game headless (boardgame.io's own reducer) with the given seat players.
 * Deterministic for a spec. Throws if a player makes an illegal move or the game stalls.
 */
export async function playGame(spec: GameSpec, observe?: MoveObserver): Promise<GameSummary> {
  const started = performance.now();
  const timing = emptyDecisionTiming();
  const heuristicSeats = spec.seats.flatMap((s, i) => (s.kind === 'heuristic' ? [String(i)] : []));
  const controllers = spec.seats.map((seat, i) => controllerFor(seat, `${spec.seed}|seat${i}`, heuristicSeats, timing));
  const rng = { state: seedFromString(`${spec.seed}|order`) };
  let state = startMatch({ seed: spec.seed, scenario: spec.scenario, ...(spec.rounds ? { rounds: spec.rounds } : {}) });
  let moves = 0;
  let proposals = 0;
  const bargaining = { counters: 0, countersAgreed: 0, walkOuts: 0 };
  while (state.ctx.gameover === undefined) {
    if (moves >= MAX_MOVES) throw new Error(`No end after ${MAX_MOVES} moves (seed ${spec.seed})`);
    let moved = false;
    for (const playerID of seatOrder(seatsToMove(state.ctx), rng)) {
      const choice = await controllers[Number(playerID)]!.choose(state, playerID);
      if (!choice) continue;
      const next = applyMove(state, playerID, choice.move, choice.args);
      if (next._stateID === state._stateID)
        throw new Error(`Seat ${playerID} (${seatLabel(spec.seats[Number(playerID)]!)}) made an illegal move: ${JSON.stringify(choice)} (seed ${spec.seed})`);
      if (choice.move === 'propose' || choice.move === 'counter') proposals += 1;
      countBargaining(bargaining, choice, next);
      observe?.(playerID, choice);
      state = next;
      moves += 1;
      moved = true;
      break;
    }
    if (!moved) throw new Error(`Stalled in phase ${String(state.ctx.phase)} (seed ${spec.seed})`);
  }
  return summarise(spec, state, { moves, proposals, ...bargaining, ms: performance.now() - started, timing });
}

/** The best total's lead over the second best total; null in a war. */
function marginOf(result: GameResult): number | null {
  if (result.war) return null;
  const [first = 0, second = 0] = ROLES.map((r) => result.scores[r].total).sort((a, b) => b - a);
  return first - second;
}

type Bargaining = Pick<GameSummary, 'counters' | 'countersAgreed' | 'walkOuts'>;

/** Counts a counter, a walk-out, or an acceptance that signed a counter-proposal (`next`: the state after the move). */
function countBargaining(count: Bargaining, choice: MoveChoice, next: MatchState): void {
  if (choice.move === 'counter') count.counters += 1;
  if (choice.move === 'walkOut') count.walkOuts += 1;
  const answered = choice.move === 'respond' ? (choice.args[0] as { proposalId?: unknown } | undefined)?.proposalId : undefined;
  const signed = next.G.proposals.find((p) => p.id === answered);
  if (signed?.counters !== undefined && signed.status === 'agreed') count.countersAgreed += 1;
}

function summarise(spec: GameSpec, state: MatchState, run: Bargaining & { moves: number; proposals: number; ms: number; timing: DecisionTiming }): GameSummary {
  const result = state.ctx.gameover as GameResult;
  const G = state.G;
  const actions: Partial<Record<ActionId, number>> = {};
  const ordersByRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const record of G.history) {
    for (const role of ROLES) {
      const given = record.orders[role];
      if (!given || given.length === 0) continue;
      ordersByRole[role] += 1;
      for (const a of given) actions[a] = (actions[a] ?? 0) + 1;
    }
  }
  return {
    seed: spec.seed,
    scenario: spec.scenario,
    seats: spec.seats.map(seatLabel),
    outcome: result.outcome,
    winners: result.winners,
    war: result.war !== null,
    roundsPlayed: result.roundsPlayed,
    agreements: G.agreements.length,
    deals: G.agreements.filter((a) => a.kind === 'deal').length,
    jointStatements: G.agreements.filter((a) => a.kind === 'jointStatement').length,
    proposals: run.proposals,
    counters: run.counters,
    countersAgreed: run.countersAgreed,
    walkOuts: run.walkOuts,
    breaches: G.breaches.length,
    actions,
    ordersByRole,
    scores: Object.fromEntries(ROLES.map((r) => [r, result.scores[r].total])) as Record<Role, number>,
    agendas: result.agendas,
    agendaMet: Object.fromEntries(ROLES.map((r) => [r, result.scores[r].agenda.met])) as Record<Role, boolean>,
    objectivePoints: Object.fromEntries(ROLES.map((r) => [r, result.scores[r].objectives.map((line) => line.points)])) as Record<Role, number[]>,
    margin: marginOf(result),
    finalTracks: { ...G.tracks },
    moves: run.moves,
    ms: run.ms,
    decisions: run.timing,
  };
}
