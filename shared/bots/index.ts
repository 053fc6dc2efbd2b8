import type { Ctx } from 'boardgame.io';
import { EVENTS } from '../data/events';
import { enumerateMoves, type MoveChoice } from '../enumerate';
import type { Personality } from '../options';
import { playerView } from '../playerView';
import { roleOfPlayer, ROLES, type Role } from '../roles';
import { chooseCrisisOption } from '../rules/crisis';
import { resolveRound } from '../rules/resolution';
import { checkPropose } from '../rules/summits';
import type { Orders, PeninsulaState } from '../state';
import { owesMove } from '../queries';
import { answerProposals, MAX_BOT_PROPOSALS_PER_TARGET } from './answer';
import { expectedPushFromOthers, gainFrom, imaginedRounds, imagineOrders, valueFor, type ImaginedOrders } from './evaluate';
import { jitter, packageScorer } from './packageScore';
import { traitsFor, type BotTraits } from './personalities';
import { candidatePackages, widenedPackages, type PackageInput } from './packages';
import { orderWhatIfCopy, thinkingCopy } from './whatIf';

export { PERSONALITY_TRAITS, ROLE_ADJUSTMENTS, traitsFor, type BotTraits } from './personalities';
export { MAX_BOT_PROPOSALS_PER_TARGET } from './answer';
export { packageGain } from './packageScore';

export interface BotInput {
  /** The full state or the bot seat's own view: the bot only ever looks at its own view. */
  G: PeninsulaState;
  ctx: Ctx;
  playerID: string;
  personality: Personality;
  /** Seats played by bots. A bot leaves the diplomacy table only once every other seat has. Default: all. */
  botSeats?: readonly string[];
}

/** How many of the best one-item and one-for-one packages a bot tries to widen into larger ones. */
const PACKAGES_WIDENED = 3;
/** An item joins a package only if it adds this much to the score (more than the jitter between equal packages). */
const ITEM_WORTH_ADDING = 0.5;

interface Scored {
  input: PackageInput;
  score: number;
}

function bestProposal(G: PeninsulaState, playerID: string, role: Role, traits: BotTraits): MoveChoice | null {
  if (G.proposals.filter((p) => p.from === role).length >= traits.maxProposals) return null;
  const sentTo = Object.fromEntries(ROLES.map((target) => [target, G.proposals.filter((p) => p.from === role && p.to.includes(target)).length])) as Record<
    Role,
    number
  >;
  const score = packageScorer(G, playerID, role, traits, {
    allowed: (input) => checkPropose(G, role, input) === null,
    floor: traits.proposeThreshold,
    asksBoldly: traits.asksBoldly,
  });
  const ranked: Scored[] = [];
  for (const input of candidatePackages(G, role, traits.invitesHome)) {
    if (input.to.some((target) => sentTo[target] >= MAX_BOT_PROPOSALS_PER_TARGET)) continue;
    const s = score(input)?.score;
    if (s !== undefined) ranked.push({ input, score: s });
  }
  ranked.sort((a, b) => b.score - a.score);
  // Action for action: the best small packages grow one item at a time while each item makes the package better for both sides' sum.
  let best: Scored | null = null;
  for (const start of ranked.slice(0, PACKAGES_WIDENED)) {
    let current = start;
    for (;;) {
      let next: Scored | null = null;
      for (const input of widenedPackages(role, current.input)) {
        const s = score(input)?.score;
        if (s !== undefined && s > (next?.score ?? current.score + ITEM_WORTH_ADDING)) next = { input, score: s };
      }
      if (!next) break;
      current = next;
    }
    if (!best || current.score > best.score) best = current;
  }
  return best ? { move: 'propose', args: [best.input] } : null;
}

function diplomacyMove(G: PeninsulaState, playerID: string, role: Role, traits: BotTraits, botSeats: readonly string[]): MoveChoice | null {
  if (G.done[role]) return null;
  const answer = answerProposals(G, playerID, role, traits);
  if (answer) return answer;
  const proposal = bestProposal(G, playerID, role, traits);
  if (proposal) return proposal;
  // People may still want to talk to this bot: it stays at the table until every person has left.
  const peopleStillTalking = ROLES.some((r, i) => !botSeats.includes(String(i)) && !G.done[r]);
  return peopleStillTalking ? null : { move: 'done', args: [] };
}

/** What-if rounds a bot with foresight resolves at most for one order decision (choices × imagined rounds). */
export const FORESIGHT_BUDGET = 256;

/**
 * What the others are expected to order: with foresight, a spread of possible rounds (the tension
 * they add is then in the rounds themselves); without, nothing but the push of their last orders.
 */
function othersModel(G: PeninsulaState, playerID: string, role: Role, traits: BotTraits, choices: number): { rounds: ImaginedOrders[]; push: number } {
  if (traits.foresightSamples <= 0) return { rounds: [{}], push: expectedPushFromOthers(G, role) };
  // Commitments multiply the choices (comply or breach each); fewer imagined rounds each then keep a decision within milliseconds.
  const count = Math.min(traits.foresightSamples, Math.max(1, Math.ceil(FORESIGHT_BUDGET / choices)));
  return { rounds: imaginedRounds(G, role, count, `${G.round}|${playerID}|orders`), push: 0 };
}

function ordersMove(G: PeninsulaState, playerID: string, role: Role, traits: BotTraits): MoveChoice | null {
  let best: { choice: MoveChoice; score: number } | null = null;
  const choices = enumerateMoves(G, 'orders', playerID);
  const { rounds, push } = othersModel(G, playerID, role, traits, choices.length);
  const base = valueFor(G, role, traits, push);
  for (const choice of choices) {
    const orders = choice.args[0] as Orders;
    let breaches = 0;
    for (const id in orders.commitments) if (orders.commitments[id] === 'breach') breaches += 1;
    let gain = 0;
    for (const round of rounds) {
      const copy = orderWhatIfCopy(G);
      const slice = copy.private[role];
      if (slice) slice.orders = orders;
      imagineOrders(copy, round);
      if (copy.flags.brink) copy.tracks.tension -= traits.brinkOptimism;
      resolveRound(copy);
      gain += valueFor(copy, role, traits, push) - base;
    }
    const score = gain / rounds.length - breaches * traits.breachReluctance + jitter(G, playerID, orders.actions.join());
    if (!best || score > best.score) best = { choice, score };
  }
  return best?.choice ?? null;
}

function crisisMove(G: PeninsulaState, playerID: string, role: Role, traits: BotTraits): MoveChoice | null {
  const choice = G.crisis.event ? EVENTS[G.crisis.event].choice : undefined;
  if (!choice || G.crisis.pendingChoice !== role) return null;
  const scored = choice.options.map((o) => ({
    id: o.id,
    score: gainFrom(G, role, traits, (copy) => chooseCrisisOption(copy, o.id)) + jitter(G, playerID, o.id),
  }));
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  return { move: 'chooseCrisisOption', args: [{ option: best.id }] };
}

/**
 * The move a bot seat makes now, or null when it has nothing to do (or waits for people).
 * Deterministic for a given state; works on the full state or on the seat's own view.
 */
export function chooseBotMove({ G, ctx, playerID, personality, botSeats = ['0', '1', '2', '3', '4'] }: BotInput): MoveChoice | null {
  const role = roleOfPlayer(playerID);
  if (role === undefined || ctx.gameover !== undefined || ctx.phase === null) return null;
  // A seat with nothing to decide is asked often (every seat, every step): it answers before copying anything.
  if (!owesMove(G, ctx.phase, role)) return null;
  // The bot reads and copies its view hundreds of times a decision: it thinks on one plain copy (thinkingCopy).
  const view = thinkingCopy(playerView(G, playerID));
  const traits = traitsFor(personality, role);
  switch (ctx.phase) {
    case 'crisis':
      return crisisMove(view, playerID, role, traits);
    case 'diplomacy':
      return diplomacyMove(view, playerID, role, traits, botSeats);
    case 'orders':
      return ordersMove(view, playerID, role, traits);
    default:
      return null;
  }
}
