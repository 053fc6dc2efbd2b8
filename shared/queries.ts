import type { ActionId } from './data/actions';
import type { ConcessionId } from './data/concessions';
import type { VenueId } from './data/venues';
import { asPhase } from './phases';
import type { Role } from './roles';
import type { Agreement, Commitment, PeninsulaState, Proposal } from './state';

/** Read-only questions about the state, shared by rules, scoring, agendas, bots and the client. */

export function activeCommitments(G: PeninsulaState, role?: Role): Commitment[] {
  return G.commitments.filter((c) => c.status === 'active' && (role === undefined || c.role === role));
}

export function inForce(G: PeninsulaState, concession: ConcessionId): boolean {
  return G.commitments.some((c) => c.status === 'active' && c.concession === concession);
}

export function inspectionsInForce(G: PeninsulaState): boolean {
  return inForce(G, 'allowInspections');
}

export function agreementsWith(G: PeninsulaState, role: Role): Agreement[] {
  return G.agreements.filter((a) => a.parties.includes(role));
}

/**
 * How many agreements `role` is party to (with `alsoWith` too, when given): agreementsWith's length
 * without the list, for the objectives and agendas that count them on every board a bot values.
 */
export function countAgreementsWith(G: PeninsulaState, role: Role, alsoWith?: Role): number {
  let count = 0;
  for (const a of G.agreements) if (a.parties.includes(role) && (alsoWith === undefined || a.parties.includes(alsoWith))) count += 1;
  return count;
}

/** How many agreements were signed at `venue`: agreementsAt's length without the list. */
export function countAgreementsAt(G: PeninsulaState, venue: VenueId): number {
  let count = 0;
  for (const a of G.agreements) if (a.venue === venue) count += 1;
  return count;
}

export function agreementsAt(G: PeninsulaState, venue: VenueId): Agreement[] {
  return G.agreements.filter((a) => a.venue === venue);
}

export function agreedItem(G: PeninsulaState, concession: ConcessionId): Agreement | undefined {
  return G.agreements.find((a) => a.items.includes(concession));
}

export function timesUsed(G: PeninsulaState, action: ActionId): number {
  return G.timesUsed[action] ?? 0;
}

export function breachCount(G: PeninsulaState, role: Role): number {
  return G.breaches.filter((b) => b.role === role).length;
}

/** Rounds in which sanctions relief was agreed at a summit. */
export function reliefAgreedRounds(G: PeninsulaState): number[] {
  return G.agreements.filter((a) => a.items.includes('partialSanctionsRelief')).map((a) => a.round);
}

export function firstInspectionsRound(G: PeninsulaState): number | undefined {
  return agreedItem(G, 'allowInspections')?.round;
}

/** An open proposal put to `role` that it has not answered yet. */
export function awaitsAnswerFrom(proposal: Proposal, role: Role): boolean {
  return proposal.status === 'open' && proposal.to.includes(role) && proposal.answers[role] === undefined;
}

/**
 * Whether a role still owes the current phase an answer: the one role a crisis card asks, every
 * role still at the diplomacy table, every role whose orders are not in. The phase timer acts for
 * these when time runs out; the client tells the player it is their move.
 */
export function owesMove(G: PeninsulaState, ctxPhase: string | null, role: Role): boolean {
  const phase = asPhase(ctxPhase);
  if (phase === 'crisis') return G.crisis.pendingChoice === role;
  if (phase === 'diplomacy') return !G.done[role];
  if (phase === 'orders') return !G.submitted[role];
  return false;
}
