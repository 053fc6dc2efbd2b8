import type { Ctx } from 'boardgame.io';
import { chooseBotMove } from '../../shared/bots';
import { DEFAULT_PERSONALITY } from '../../shared/options';
import { asPhase, type Phase } from '../../shared/phases';
import { owesMove } from '../../shared/queries';
import { playerOfRole, ROLES } from '../../shared/roles';
import { holdingOrders } from '../../shared/rules/orders';
import type { PeninsulaState } from '../../shared/state';

/** What the server does for a seat that has not acted when time runs out: hold, or play as a bot would. */
export type Fill = 'hold' | 'bot';

export interface SeatMove {
  playerID: string;
  move: string;
  args: unknown[];
}

/** The personality whose choice stands in for a person who did not choose in time: the bot that sits in an empty seat. */
const STAND_IN = DEFAULT_PERSONALITY;

/**
 * The timer of the phase a state is in, as a key that changes whenever a new timer should start
 * ("round:phase"), or null when no timer runs: no timer set, the game is over, or the crisis
 * card asks nobody to choose (the phase passes at once).
 */
export function timerKey(state: { G: PeninsulaState; ctx: Ctx }): string | null {
  const { G, ctx } = state;
  const phase = asPhase(ctx.phase);
  if (ctx.gameover !== undefined || phase === null) return null;
  if (phase === 'crisis' && G.crisis.pendingChoice === null) return null;
  if (!(timerSeconds(G, phase) > 0)) return null;
  return `${G.round}:${phase}`;
}

export function timerSeconds(G: PeninsulaState, phase: Phase): number {
  return G.options.timers?.[phase] ?? 0;
}

/**
 * The moves that close the current phase for every seat that has not acted: "done" in
 * diplomacy, the ruleset's holdingOrders (or the bot's orders) in orders, the bot's choice for
 * a crisis choice. Pure: the server sends them as moves, so the ruleset still checks each one.
 */
export function movesForLateSeats(state: { G: PeninsulaState; ctx: Ctx }, fill: Fill): SeatMove[] {
  const { G, ctx } = state;
  if (ctx.gameover !== undefined) return [];
  const phase = asPhase(ctx.phase);
  const moves: SeatMove[] = [];
  // Who is late is the ruleset's own answer (owesMove); what is sent for them depends on the phase.
  for (const role of ROLES.filter((r) => owesMove(G, phase, r))) {
    const playerID = playerOfRole(role);
    const asBot = phase === 'crisis' || (phase === 'orders' && fill === 'bot');
    const bot = asBot ? chooseBotMove({ G, ctx, playerID, personality: STAND_IN }) : null;
    if (phase === 'crisis' && bot) moves.push({ playerID, move: bot.move, args: bot.args });
    if (phase === 'diplomacy') moves.push({ playerID, move: 'done', args: [] });
    if (phase === 'orders') moves.push(bot ? { playerID, move: bot.move, args: bot.args } : { playerID, move: 'submitOrders', args: [holdingOrders(G, role)] });
  }
  return moves;
}

/** The roles that still owe the current phase an answer (teacher console: "who has not submitted"). */
export function waitingFor(state: { G: PeninsulaState; ctx: Ctx }): string[] {
  const { G, ctx } = state;
  if (ctx.gameover !== undefined) return [];
  const phase = asPhase(ctx.phase);
  return ROLES.filter((r) => owesMove(G, phase, r));
}
