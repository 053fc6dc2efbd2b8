import { concessionsOf, type ConcessionId } from '../data/concessions';
import type { MoveChoice } from '../enumerate';
import type { Role } from '../roles';
import { checkCounter, checkRespond, checkWalkOut, isBadDealFor, missingParty, signedUp, walkOut, type CounterInput } from '../rules/summits';
import { awaitsAnswerFrom } from '../queries';
import type { PeninsulaState, Proposal } from '../state';
import { gainFrom } from './evaluate';
import { packageScorer, packageGain } from './packageScore';
import { MAX_BOT_PACKAGE_ITEMS } from './packages';
import type { BotTraits } from './personalities';

/** A bot puts at most this many proposals to one role a round: a person's own proposal is never buried under bot offers. */
export const MAX_BOT_PROPOSALS_PER_TARGET = 2;

/** How far back a bot follows a chain of counters (a chain is at most three long when bots counter once each). */
const CHAIN_LIMIT = 8;

/** Has `role` already countered somewhere in the chain `proposal` ends? Then it answers yes or no: no ping-pong. */
export function counteredInChain(G: PeninsulaState, role: Role, proposal: Proposal): boolean {
  let current: Proposal | undefined = proposal;
  for (let step = 0; current && step < CHAIN_LIMIT; step++) {
    if (current.from === role && current.counters !== undefined) return true;
    const earlier: string | undefined = current.counters;
    current = earlier === undefined ? undefined : G.proposals.find((p) => p.id === earlier);
  }
  return false;
}

/** Whom a counter by `role` goes to: the proposer and the other invitees (as the counter rule has it). */
function counterParties(pending: Proposal, role: Role): Role[] {
  return [pending.from, ...pending.to.filter((r) => r !== role)];
}

/** The items a counter can hold: `role`'s own as offers, the other parties' as asks. */
interface Items {
  offers: ConcessionId[];
  asks: ConcessionId[];
}

/**
 * Counters one step from the pending package turned round (what `role` was asked it now offers,
 * what it was offered it now asks): one item dropped, one added, or one swapped for another. A few
 * dozen packages: the counter is a small change to what is on the table, as at a real table.
 */
function counterCandidates(pending: Proposal, role: Role): Items[] {
  const mine = new Set(concessionsOf(role));
  const mirror: Items = { offers: pending.asks.filter((c) => mine.has(c)), asks: [...pending.offers, ...pending.asks.filter((c) => !mine.has(c))] };
  const present = new Set<ConcessionId>([...mirror.offers, ...mirror.asks]);
  const addable: Items = {
    offers: [...mine].filter((c) => !present.has(c)),
    asks: counterParties(pending, role)
      .flatMap((r) => concessionsOf(r))
      .filter((c) => !present.has(c)),
  };
  const dropped: Items[] = [
    ...mirror.offers.map((c) => ({ offers: mirror.offers.filter((o) => o !== c), asks: mirror.asks })),
    ...mirror.asks.map((c) => ({ offers: mirror.offers, asks: mirror.asks.filter((a) => a !== c) })),
  ];
  const out: Items[] = [...dropped];
  for (const base of [mirror, ...dropped]) {
    for (const c of addable.offers) out.push({ offers: [...base.offers, c], asks: base.asks });
    for (const c of addable.asks) out.push({ offers: base.offers, asks: [...base.asks, c] });
  }
  // Items needing a role not at this table are refused by the rules: left out here rather than refused as each is scored.
  const parties = [role, ...counterParties(pending, role)];
  const fits = (item: ConcessionId) => missingParty(item, parties) === null;
  return out.filter((items) => items.offers.length + items.asks.length <= MAX_BOT_PACKAGE_ITEMS && items.offers.every(fits) && items.asks.every(fits));
}

/**
 * The counter `role` would put to `pending`, with what signing it is worth to `role`, or null: one it
 * values at its accept threshold or more and expects every other party to accept (the partner model
 * the proposer uses), within the rules and the bots' proposal limits, never twice in one chain.
 */
export function chooseCounter(
  G: PeninsulaState,
  playerID: string,
  role: Role,
  traits: BotTraits,
  pending: Proposal,
): { input: CounterInput; mine: number } | null {
  if (counteredInChain(G, role, pending)) return null;
  if (G.proposals.filter((p) => p.from === role).length >= traits.maxProposals) return null;
  const parties = counterParties(pending, role);
  if (parties.some((target) => G.proposals.filter((p) => p.from === role && p.to.includes(target)).length >= MAX_BOT_PROPOSALS_PER_TARGET)) return null;
  // A party that has signed all it may this round: the rules refuse every counter at this table, so none is weighed.
  if (signedUp(G, role) || parties.some((r) => signedUp(G, r))) return null;
  const score = packageScorer(G, playerID, role, traits, {
    allowed: (input) => checkCounter(G, role, { proposalId: pending.id, offers: input.offers, asks: input.asks }) === null,
    floor: traits.acceptThreshold,
    asksBoldly: false,
  });
  let best: { input: CounterInput; mine: number; score: number } | null = null;
  for (const items of counterCandidates(pending, role)) {
    const s = score({ to: parties, venue: pending.venue, ...items });
    if (s && (!best || s.score > best.score)) best = { input: { proposalId: pending.id, ...items }, ...s };
  }
  return best && { input: best.input, mine: best.mine };
}

/**
 * A bot's answer to `pending`: accept a good one; otherwise counter with a package it would sign, or
 * walk out of a bad deal when the standing that earns is worth more, or say no. Press replies say this very answer.
 */
export function answerTo(G: PeninsulaState, playerID: string, role: Role, traits: BotTraits, pending: Proposal): MoveChoice {
  const good = packageGain(G, role, traits, pending) >= traits.acceptThreshold;
  // Accepting can be refused by the rules (a party has signed elsewhere this round): then say no.
  if (good && checkRespond(G, role, { proposalId: pending.id, answer: 'accepted' }) === null) {
    return { move: 'respond', args: [{ proposalId: pending.id, answer: 'accepted' }] };
  }
  // A bad deal is better walked out of than refused, when the standing it earns outweighs what walking out costs (Hanoi, 2019).
  const walkOutGain =
    isBadDealFor(G, role, pending) && checkWalkOut(G, role, { proposalId: pending.id }) === null
      ? gainFrom(G, role, traits, (copy) => walkOut(copy, role, pending.id))
      : 0;
  const countered = chooseCounter(G, playerID, role, traits, pending);
  if (countered && countered.mine > walkOutGain) return { move: 'counter', args: [countered.input] };
  if (walkOutGain > 0) return { move: 'walkOut', args: [{ proposalId: pending.id }] };
  return { move: 'respond', args: [{ proposalId: pending.id, answer: 'rejected' }] };
}

/** The bot's answer to the first proposal waiting for it, or null when none is. */
export function answerProposals(G: PeninsulaState, playerID: string, role: Role, traits: BotTraits): MoveChoice | null {
  const pending = G.proposals.find((p) => awaitsAnswerFrom(p, role));
  return pending ? answerTo(G, playerID, role, traits, pending) : null;
}
