import type { Ctx } from 'boardgame.io';
import { concessionsOf } from '../data/concessions';
import { EVENTS } from '../data/events';
import { venueBetween, venueHostedBy } from '../data/venues';
import { enumerateMoves, type MoveChoice } from '../enumerate';
import type { Personality } from '../options';
import { playerView } from '../playerView';
import { nextRandom, seedFromString } from '../rng';
import { roleOfPlayer, ROLES, type Role } from '../roles';
import { chooseCrisisOption } from '../rules/crisis';
import { resolveRound } from '../rules/resolution';
import { checkPropose, checkRespond, checkWalkOut, formAgreement, isBadDealFor, lacksChannel, walkOut } from '../rules/summits';
import { MEDIATORS } from '../rules/summitRules';
import type { Orders, PeninsulaState, Proposal } from '../state';
import { expectedPushFromOthers, gainFrom, imaginedRounds, imagineOrders, valueFor, whatIfCopy, type ImaginedOrders } from './evaluate';
import { PERSONALITY_TRAITS, traitsFor, type BotTraits } from './personalities';
import { awaitsAnswerFrom } from '../queries';

export { PERSONALITY_TRAITS, ROLE_ADJUSTMENTS, traitsFor, type BotTraits } from './personalities';

export interface BotInput {
  /** The full state or the bot seat's own view: the bot only ever looks at its own view. */
  G: PeninsulaState;
  ctx: Ctx;
  playerID: string;
  personality: Personality;
  /** Seats played by bots. A bot leaves the diplomacy table only once every other seat has. Default: all. */
  botSeats?: readonly string[];
}

/** How a bot reads another role when it guesses whether a package will be accepted. */
const PARTNER_MODEL = PERSONALITY_TRAITS.dealmaker;

/** A deterministic jitter in [0, 0.5) so equal options do not always resolve the same way. */
function jitter(G: PeninsulaState, playerID: string, key: string): number {
  return nextRandom(seedFromString(`${G.round}|${G.nextId}|${playerID}|${key}`))[0] / 2;
}

/** The board as it would be if `proposal` were signed now: one what-if copy that every party can value. */
function signedCopy(G: PeninsulaState, proposal: Proposal): PeninsulaState {
  const copy = whatIfCopy(G);
  formAgreement(copy, { ...proposal, answers: {}, status: 'agreed' });
  return copy;
}

/** What signing is worth to `role` (`base`: its value of the board unsigned). */
function gainOfSigning(signed: PeninsulaState, role: Role, traits: BotTraits, base: number): number {
  return valueFor(signed, role, traits) - base + traits.agreementLove;
}

export function packageGain(G: PeninsulaState, role: Role, traits: BotTraits, proposal: Proposal, base = valueFor(G, role, traits)): number {
  return gainOfSigning(signedCopy(G, proposal), role, traits, base);
}

function answerProposals(G: PeninsulaState, role: Role, traits: BotTraits): MoveChoice | null {
  const pending = G.proposals.find((p) => awaitsAnswerFrom(p, role));
  if (!pending) return null;
  const good = packageGain(G, role, traits, pending) >= traits.acceptThreshold;
  // Accepting can be refused by the rules (a party has signed elsewhere this round): then say no.
  const answer = good && checkRespond(G, role, { proposalId: pending.id, answer: 'accepted' }) === null ? 'accepted' : 'rejected';
  // A bad deal is better walked out of than refused, when the standing it earns outweighs what walking out costs (Hanoi, 2019).
  if (answer === 'rejected' && isBadDealFor(G, role, pending) && checkWalkOut(G, role, { proposalId: pending.id }) === null
    && gainFrom(G, role, traits, (copy) => walkOut(copy, role, pending.id)) > 0) {
    return { move: 'walkOut', args: [{ proposalId: pending.id }] };
  }
  return { move: 'respond', args: [{ proposalId: pending.id, answer }] };
}

type PackageInput = Pick<Proposal, 'to' | 'venue' | 'offers' | 'asks'>;

/**
 * The tables at which a bot can meet `partner`: face to face, at the partner's or its own venue
 * (or a neutral one); and, when the two leaders have no channel, with a mediator as host.
 */
function tablesWith(G: PeninsulaState, role: Role, partner: Role): Pick<Proposal, 'to' | 'venue'>[] {
  if (!lacksChannel(G, [role, partner])) return [{ to: [partner], venue: venueBetween(role, partner) }];
  return MEDIATORS.filter((m) => !G.done[m]).map((m) => ({ to: [partner, m], venue: venueHostedBy(m) ?? 'singapore' }));
}

/** Every one-for-one trade with each partner, plus gifts and plain requests, at every table it can meet at. */
function candidatePackages(G: PeninsulaState, role: Role): PackageInput[] {
  const out: PackageInput[] = [];
  for (const partner of ROLES) {
    if (partner === role || G.done[partner]) continue;
    const mine = concessionsOf(role);
    const theirs = concessionsOf(partner);
    for (const table of tablesWith(G, role, partner)) {
      for (const offer of mine) for (const ask of theirs) out.push({ ...table, offers: [offer], asks: [ask] });
      // Gifts and plain requests too: a statement can be worth signing for what it says about the signers.
      for (const offer of mine) out.push({ ...table, offers: [offer], asks: [] });
      for (const ask of theirs) out.push({ ...table, offers: [], asks: [ask] });
    }
  }
  return out;
}

/** A bot puts at most this many proposals to one role a round: a person's own proposal is never buried under bot offers. */
export const MAX_BOT_PROPOSALS_PER_TARGET = 2;

function bestProposal(G: PeninsulaState, playerID: string, role: Role, traits: BotTraits): MoveChoice | null {
  if (G.proposals.filter((p) => p.from === role).length >= traits.maxProposals) return null;
  const sentTo = (target: Role) => G.proposals.filter((p) => p.from === role && p.to.includes(target)).length;
  let best: { choice: MoveChoice; score: number } | null = null;
  const myBase = valueFor(G, role, traits);
  const partnerBase = Object.fromEntries(ROLES.map((r) => [r, valueFor(G, r, PARTNER_MODEL)])) as Record<Role, number>;
  for (const input of candidatePackages(G, role)) {
    if (input.to.some((target) => sentTo(target) >= MAX_BOT_PROPOSALS_PER_TARGET)) continue;
    if (checkPropose(G, role, input) !== null) continue;
    const choice: MoveChoice = { move: 'propose', args: [input] };
    const draft: Proposal = { id: 'draft', round: G.round, from: role, answers: {}, status: 'open', ...input };
    // One copy of the signed board serves the proposer and every invitee.
    const signed = signedCopy(G, draft);
    const mine = gainOfSigning(signed, role, traits, myBase);
    if (mine < traits.proposeThreshold) continue;
    // A bold bot asks for what it wants and lets the other side say no; the others propose only what they expect accepted.
    const theirs = traits.asksBoldly ? null : Math.min(...input.to.map((partner) => gainOfSigning(signed, partner, PARTNER_MODEL, partnerBase[partner])));
    if (theirs !== null && theirs < PARTNER_MODEL.acceptThreshold) continue;
    const score = mine + (theirs ?? 0) / 2 + jitter(G, playerID, JSON.stringify(input));
    if (!best || score > best.score) best = { choice, score };
  }
  return best?.choice ?? null;
}

function diplomacyMove(G: PeninsulaState, playerID: string, role: Role, traits: BotTraits, botSeats: readonly string[]): MoveChoice | null {
  if (G.done[role]) return null;
  const answer = answerProposals(G, role, traits);
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
    const breaches = Object.values(orders.commitments).filter((c) => c === 'breach').length;
    let gain = 0;
    for (const round of rounds) {
      gain += gainFrom(G, role, traits, (copy) => {
        const slice = copy.private[role];
        if (slice) slice.orders = orders;
        imagineOrders(copy, round);
        if (copy.flags.brink) copy.tracks.tension -= traits.brinkOptimism;
        resolveRound(copy);
      }, push, base);
    }
    const score = gain / rounds.length - breaches * traits.breachReluctance + jitter(G, playerID, orders.actions.join());
    if (!best || score > best.score) best = { choice, score };
  }
  return best?.choice ?? null;
}

function crisisMove(G: PeninsulaState, playerID: string, role: Role, traits: BotTraits): MoveChoice | null {
  const choice = G.crisis.event ? EVENTS[G.crisis.event].choice : undefined;
  if (!choice || G.crisis.pendingChoice !== role) return null;
  const scored = choice.options.map((o) => ({ id: o.id, score: gainFrom(G, role, traits, (copy) => chooseCrisisOption(copy, o.id)) + jitter(G, playerID, o.id) }));
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
  const view = playerView(G, playerID);
  const traits = traitsFor(personality, role);
  switch (ctx.phase) {
    case 'crisis':
      return crisisMove(view, playerID, role, traits);
    case 'diplomacy':
      return diplomacyMove(view, playerID, role, traits, botSeats);
    case 'orders':
      return view.submitted[role] ? null : ordersMove(view, playerID, role, traits);
    default:
      return null;
  }
}
