import { CONCESSIONS, isConcessionId, type ConcessionId } from '../data/concessions';
import { isVenueId, VENUES, type VenueId } from '../data/venues';
import { OBJECTIVES } from '../data/objectives';
import { applyInto } from '../effects';
import { inForce } from '../queries';
import { measure } from '../scoring';
import { reject, type Rejection } from '../rejection';
import { isRole, ROLE_NAMES, roleNamePossessive, type Role } from '../roles';
import type { PeninsulaState, Proposal } from '../state';
import { enact, nextId } from './record';
import { formAgreement, signingEffects } from './agreements';
import {
  BAD_DEAL_WALK_OUT_CREDIT,
  bothLeaders,
  LEADER_WALK_OUT_EFFECTS,
  MAX_AGREEMENTS_PER_ROLE_PER_ROUND,
  MAX_ITEMS_PER_PACKAGE,
  MAX_PROPOSALS_PER_ROUND,
  MEDIATORS,
  MIN_RAPPORT_FOR_DIRECT_SUMMIT,
  WALK_OUT_EFFECTS,
} from './summitRules';

export interface ProposalInput {
  to: Role[];
  venue: VenueId;
  offers: ConcessionId[];
  asks: ConcessionId[];
}

export interface CounterInput {
  proposalId: string;
  offers: ConcessionId[];
  asks: ConcessionId[];
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function asObject(input: unknown): Record<string, unknown> | null {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
}

function checkAtTable(G: PeninsulaState, role: Role | undefined): Rejection | null {
  if (role === undefined) return reject('NOT_A_PLAYER', 'Spectators cannot negotiate.');
  if (G.done[role]) return reject('ALREADY_DONE', 'You have already left the table this round.');
  return null;
}

/** Without rapport the two leaders have no channel: a table with both needs a mediator at it. */
export function lacksChannel(G: PeninsulaState, parties: readonly Role[]): boolean {
  return bothLeaders(parties) && !MEDIATORS.some((m) => parties.includes(m)) && G.tracks.rapport < MIN_RAPPORT_FOR_DIRECT_SUMMIT;
}

/** How many agreements `role` has signed this round (counted, not filtered: bots check this thousands of times a game). */
function signedThisRound(G: PeninsulaState, role: Role): number {
  let count = 0;
  for (const a of G.agreements) if (a.round === G.round && a.parties.includes(role)) count += 1;
  return count;
}

/** Has `role` signed as many agreements this round as it may? Then every package with it at the table is refused. */
export function signedUp(G: PeninsulaState, role: Role): boolean {
  return signedThisRound(G, role) >= MAX_AGREEMENTS_PER_ROLE_PER_ROUND;
}

function checkNotYetAgreed(G: PeninsulaState, parties: readonly Role[]): Rejection | null {
  const busy = parties.find((r) => signedUp(G, r));
  return busy ? reject('ALREADY_AGREED', `${ROLE_NAMES[busy]} has already signed an agreement this round.`) : null;
}

/** The role `item` needs at the table when `parties` lack it (a package holding it is refused), else null. */
export function missingParty(item: ConcessionId, parties: readonly Role[]): Role | null {
  const needed = CONCESSIONS[item].needsParty;
  return needed !== undefined && !parties.includes(needed) ? needed : null;
}

/** Every rule a package must meet, whether it is a first proposal or a counter. */
function checkPackage(
  G: PeninsulaState,
  from: Role,
  to: readonly Role[],
  venue: VenueId,
  offers: readonly string[],
  asks: readonly string[],
): Rejection | null {
  const parties = [from, ...to];
  const agreed = checkNotYetAgreed(G, parties);
  if (agreed) return agreed;
  const host = VENUES[venue].host;
  if (host !== null && !parties.includes(host)) return reject('VENUE_NEEDS_HOST', `A summit in ${VENUES[venue].label} needs ${ROLE_NAMES[host]} at the table.`);
  if (lacksChannel(G, parties)) {
    return reject('NO_CHANNEL', `Rapport is below ${MIN_RAPPORT_FOR_DIRECT_SUMMIT}: the leaders will only meet with China or South Korea at the table.`);
  }
  const items = [...offers, ...asks];
  if (items.length === 0) return reject('EMPTY_PACKAGE', 'Put at least one offer or ask on the table.');
  if (items.length > MAX_ITEMS_PER_PACKAGE) return reject('PACKAGE_TOO_LARGE', `A package holds at most ${MAX_ITEMS_PER_PACKAGE} items.`);
  if (hasRepeats(items)) return reject('DUPLICATE', 'Each item can be in the package once.');
  for (const item of items) {
    if (!isConcessionId(item)) return reject('UNKNOWN_CONCESSION', `"${item}" is not a concession.`);
    const def = CONCESSIONS[item];
    if (offers.includes(item) && def.role !== from) return reject('NOT_YOUR_CONCESSION', `${def.label} is ${roleNamePossessive(def.role)} to give, not yours.`);
    if (asks.includes(item) && !to.includes(def.role))
      return reject('NOT_THEIR_CONCESSION', `${def.label} belongs to ${ROLE_NAMES[def.role]}, who is not invited.`);
    const missing = missingParty(item, parties);
    if (missing) return reject('ITEM_NEEDS_PARTY', `${def.label} needs ${ROLE_NAMES[missing]} at the table.`);
    if (def.duration > 0 && inForce(G, item)) return reject('ALREADY_IN_FORCE', `${def.label} is already in force.`);
  }
  return null;
}

function proposalsBy(G: PeninsulaState, role: Role): number {
  let count = 0;
  for (const p of G.proposals) if (p.from === role) count += 1;
  return count;
}

/** Does a value occur twice? A package has a handful of items: a scan, not a Set per check (bots check thousands a game). */
function hasRepeats(values: readonly string[]): boolean {
  return values.some((v, i) => values.indexOf(v) !== i);
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The same package to the same roles at the same venue, already put forward by this role this round. */
function samePackages(G: PeninsulaState, role: Role, to: readonly Role[], venue: VenueId, offers: readonly string[], asks: readonly string[]): Proposal[] {
  return G.proposals.filter(
    (p) => p.round === G.round && p.from === role && p.venue === venue && sameSet(p.to, to) && sameSet(p.offers, offers) && sameSet(p.asks, asks),
  );
}

export function checkPropose(G: PeninsulaState, role: Role | undefined, input: unknown): Rejection | null {
  const atTable = checkAtTable(G, role);
  if (atTable || role === undefined) return atTable;
  const obj = asObject(input);
  if (!obj || !isStringArray(obj.to) || !isStringArray(obj.offers) || !isStringArray(obj.asks)) {
    return reject('BAD_INPUT', 'A proposal needs { to: roles[], venue, offers: [], asks: [] }.');
  }
  if (!isVenueId(obj.venue)) return reject('UNKNOWN_VENUE', `"${String(obj.venue)}" is not a summit venue.`);
  if (obj.to.length === 0) return reject('BAD_INPUT', 'Invite at least one role.');
  for (const r of obj.to) if (!isRole(r)) return reject('UNKNOWN_ROLE', `"${r}" is not a role.`);
  const to = obj.to as Role[];
  if (hasRepeats(to) || to.includes(role)) return reject('DUPLICATE', 'Invite each other role at most once, and not yourself.');
  const gone = to.find((r) => G.done[r]);
  if (gone) return reject('LEFT_THE_TABLE', `${ROLE_NAMES[gone]} has left the table this round.`);
  if (proposalsBy(G, role) >= MAX_PROPOSALS_PER_ROUND)
    return reject('TOO_MANY_PROPOSALS', `You can make at most ${MAX_PROPOSALS_PER_ROUND} proposals a round.`);
  // Putting the same package forward twice in a round only clutters the other side's inbox.
  if (samePackages(G, role, to, obj.venue, obj.offers, obj.asks).length > 0)
    return reject('DUPLICATE', 'You have already proposed exactly this package this round.');
  return checkPackage(G, role, to, obj.venue, obj.offers, obj.asks);
}

export function propose(G: PeninsulaState, from: Role, input: ProposalInput, counters?: string): Proposal {
  const proposal: Proposal = {
    id: nextId(G, 'p'),
    round: G.round,
    from,
    to: [...input.to],
    venue: input.venue,
    offers: [...input.offers],
    asks: [...input.asks],
    answers: {},
    status: 'open',
  };
  if (counters !== undefined) proposal.counters = counters;
  G.proposals.push(proposal);
  return proposal;
}

function findOpen(G: PeninsulaState, proposalId: unknown): Proposal | Rejection {
  const proposal = G.proposals.find((p) => p.id === proposalId);
  if (!proposal) return reject('UNKNOWN_PROPOSAL', 'There is no such proposal this round.');
  if (proposal.status !== 'open') return reject('PROPOSAL_CLOSED', `That proposal is already ${proposal.status}.`);
  return proposal;
}

export function checkRespond(G: PeninsulaState, role: Role | undefined, input: unknown): Rejection | null {
  const atTable = checkAtTable(G, role);
  if (atTable || role === undefined) return atTable;
  const obj = asObject(input);
  if (!obj || (obj.answer !== 'accepted' && obj.answer !== 'rejected')) return reject('BAD_INPUT', 'Answer "accepted" or "rejected".');
  const proposal = findOpen(G, obj.proposalId);
  if ('code' in proposal) return proposal;
  if (!proposal.to.includes(role)) return reject('NOT_INVITED', 'You were not invited to that summit.');
  if (proposal.answers[role] !== undefined) return reject('ALREADY_ANSWERED', 'You have already answered that proposal.');
  return obj.answer === 'accepted' ? checkNotYetAgreed(G, [proposal.from, ...proposal.to]) : null;
}

export function respond(G: PeninsulaState, role: Role, proposalId: string, answer: 'accepted' | 'rejected'): void {
  const proposal = G.proposals.find((p) => p.id === proposalId);
  if (!proposal) return;
  proposal.answers[role] = answer;
  if (answer === 'rejected') {
    proposal.status = 'rejected';
  } else if (proposal.to.every((r) => proposal.answers[r] === 'accepted')) {
    proposal.status = 'agreed';
    formAgreement(G, proposal);
  }
}

export function checkCounter(G: PeninsulaState, role: Role | undefined, input: unknown): Rejection | null {
  const atTable = checkAtTable(G, role);
  if (atTable || role === undefined) return atTable;
  const obj = asObject(input);
  if (!obj || !isStringArray(obj.offers) || !isStringArray(obj.asks)) return reject('BAD_INPUT', 'A counter needs { proposalId, offers: [], asks: [] }.');
  const proposal = findOpen(G, obj.proposalId);
  if ('code' in proposal) return proposal;
  if (!proposal.to.includes(role)) return reject('NOT_INVITED', 'You can only counter a proposal you were invited to.');
  if (proposalsBy(G, role) >= MAX_PROPOSALS_PER_ROUND)
    return reject('TOO_MANY_PROPOSALS', `You can make at most ${MAX_PROPOSALS_PER_ROUND} proposals a round.`);
  const to = counterInvitees(proposal, role);
  // Two open twins (two counters alike, or a counter repeating an open offer) read as one offer twice in the inbox and the lapse notice.
  // Putting back an offer that was countered is a move of its own ("my offer stands"): only an open twin is refused.
  if (samePackages(G, role, to, proposal.venue, obj.offers, obj.asks).some((p) => p.status === 'open'))
    return reject('DUPLICATE', 'You already have exactly this package open at this table.');
  return checkPackage(G, role, to, proposal.venue, obj.offers, obj.asks);
}

function counterInvitees(proposal: Proposal, role: Role): Role[] {
  return [proposal.from, ...proposal.to.filter((r) => r !== role)];
}

/** A counter closes the original and puts a new package to everyone else at the same table. */
export function counter(G: PeninsulaState, role: Role, input: CounterInput): void {
  const original = G.proposals.find((p) => p.id === input.proposalId);
  if (!original) return;
  original.status = 'countered';
  original.answers[role] = 'rejected';
  propose(G, role, { to: counterInvitees(original, role), venue: original.venue, offers: input.offers, asks: input.asks }, original.id);
}

export function checkWalkOut(G: PeninsulaState, role: Role | undefined, input: unknown): Rejection | null {
  if (role === undefined) return reject('NOT_A_PLAYER', 'Spectators cannot walk out.');
  const proposal = findOpen(G, asObject(input)?.proposalId);
  if ('code' in proposal) return proposal;
  if (proposal.from !== role && !proposal.to.includes(role)) return reject('NOT_PROPOSER', 'Only a role at the table can walk out of a summit.');
  if (proposal.answers[role] !== undefined) return reject('ALREADY_ANSWERED', 'You have already answered that proposal.');
  return null;
}

/** Would signing have moved the board against `role`'s public objectives? Counts (agreements) aside: the board only. */
export function isBadDealFor(G: PeninsulaState, role: Role, proposal: Proposal): boolean {
  const board = { tracks: { ...G.tracks }, flags: { ...G.flags } };
  applyInto(board, signingEffects(proposal), null);
  const points = (tracks: PeninsulaState['tracks']) => OBJECTIVES[role].reduce((sum, term) => sum + measure({ ...G, tracks }, term.measure), 0);
  return points(board.tracks) < points(G.tracks);
}

export function walkOut(G: PeninsulaState, role: Role, proposalId: string): void {
  const proposal = G.proposals.find((p) => p.id === proposalId);
  if (!proposal) return;
  const badDeal = isBadDealFor(G, role, proposal);
  proposal.status = 'walkedOut';
  proposal.answers[role] = 'rejected';
  const parties = [proposal.from, ...proposal.to];
  // Walking out of working-level talks is routine; walking out on the leaders (Hanoi, 2019) is news.
  enact(G, bothLeaders(parties) ? [...WALK_OUT_EFFECTS, ...LEADER_WALK_OUT_EFFECTS] : [], {
    kind: 'summit',
    text: `${ROLE_NAMES[role]} walks out of the talks in ${VENUES[proposal.venue].label}`,
    roles: parties,
  });
  if (badDeal)
    enact(G, BAD_DEAL_WALK_OUT_CREDIT[role], {
      kind: 'summit',
      text: `No deal is better than a bad deal: ${ROLE_NAMES[role]} gains standing for refusing`,
      roles: [role],
    });
}

export function checkDone(G: PeninsulaState, role: Role | undefined): Rejection | null {
  return checkAtTable(G, role);
}
