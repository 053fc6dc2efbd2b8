import { CONCESSIONS, type ConcessionId } from '../data/concessions';
import { VENUES } from '../data/venues';
import { ROLE_NAMES } from '../roles';
import type { Effect } from '../effects';
import type { Agreement, AgreementKind, Headline, PeninsulaState, Proposal } from '../state';
import { enact, nextId } from './record';
import { AGREEMENT_EFFECTS, bothLeaders, LEADER_SUMMIT_EFFECTS, WITHOUT_SEOUL_EFFECTS } from './summitRules';

/*
 * What signing does: the agreement and its commitments, the news, and the packages it makes lapse.
 * The moves that get a package to a signature are in summits.ts.
 */

/** A deal when at least one promise can be checked; a joint statement when every item is symbolic. */
export function agreementKindOf(items: readonly ConcessionId[]): AgreementKind {
  return items.some((i) => CONCESSIONS[i].verification !== 'symbolic') ? 'deal' : 'jointStatement';
}

/** Every track effect signing `proposal` would have: its items, its venue, and what an agreement of its kind adds. */
export function signingEffects(proposal: Proposal): Effect[] {
  const items = [...proposal.offers, ...proposal.asks];
  // Pushed in a loop, not flatMap and spreads: bots sign thousands of what-if packages a game (same effects, same order).
  const out: Effect[] = [];
  for (const item of items) out.push(...CONCESSIONS[item].effects);
  out.push(...VENUES[proposal.venue].effects, ...AGREEMENT_EFFECTS[agreementKindOf(items)]);
  if (bothLeaders([proposal.from, ...proposal.to])) out.push(...LEADER_SUMMIT_EFFECTS);
  return out;
}

/** Expires what nobody answered when diplomacy ends. */
export function closeDiplomacy(G: PeninsulaState): void {
  for (const p of G.proposals) if (p.status === 'open') p.status = 'expired';
}

/**
 * `G` with the parts signing writes copied (formAgreement: the tracks and flags, the agreements,
 * commitments and headlines, the other proposals' status as they lapse; the id counter is at the top),
 * the rest shared: the one list of what signing writes, for the engine's answer (shared/moves.ts) and
 * the bots' signing what-ifs (shared/bots/whatIf.ts). `headlines`: the list to start from, by default
 * `G`'s (a bot starts it empty, as it values none); `answers`: each proposal's answers copied too, for an
 * answer that writes them. test/ruleset/committedState.test.ts and test/sim/whatIf.test.ts sign on
 * copies of frozen boards, so a write outside this copy fails there.
 */
export function signingCopy(G: PeninsulaState, options: { headlines?: Headline[]; answers?: boolean } = {}): PeninsulaState {
  return {
    ...G,
    tracks: { ...G.tracks },
    flags: { ...G.flags },
    proposals: G.proposals.map((p) => (options.answers ? { ...p, answers: { ...p.answers } } : { ...p })),
    agreements: [...G.agreements],
    commitments: [...G.commitments],
    headlines: options.headlines ?? [...G.headlines],
  };
}

/** The open proposals that lapse if `proposal` is signed: every other one on a signing party's table. */
export function lapsedBySigning(G: PeninsulaState, proposal: Proposal): Proposal[] {
  const parties = [proposal.from, ...proposal.to];
  return G.proposals.filter((other) => other.id !== proposal.id && other.status === 'open' && [other.from, ...other.to].some((r) => parties.includes(r)));
}

export function formAgreement(G: PeninsulaState, proposal: Proposal): Agreement {
  const items = [...proposal.offers, ...proposal.asks];
  const parties = [proposal.from, ...proposal.to];
  const kind = agreementKindOf(items);
  const agreement: Agreement = { id: nextId(G, 'a'), round: G.round, venue: proposal.venue, parties, items, kind };
  G.agreements.push(agreement);
  // The parties have signed for this round: other packages on their tables are off.
  for (const other of lapsedBySigning(G, proposal)) other.status = 'expired';
  const venue = VENUES[proposal.venue];
  const what = kind === 'deal' ? 'a deal' : 'a joint statement';
  const names = parties.map((r) => ROLE_NAMES[r]).join(', ');
  enact(G, [], { kind: 'summit', text: `${names} sign ${what} in ${venue.label}: ${items.map((i) => CONCESSIONS[i].label).join('; ')}`, roles: parties });
  enact(G, signingEffects(proposal));
  if (bothLeaders(parties) && !parties.includes('ROK'))
    enact(G, WITHOUT_SEOUL_EFFECTS, { kind: 'summit', text: 'Seoul was not at the table: South Koreans ask what was agreed about them', roles: ['ROK'] });
  for (const item of items) {
    const def = CONCESSIONS[item];
    if (def.duration === 0) continue;
    G.commitments.push({
      id: nextId(G, 'c'),
      agreementId: agreement.id,
      concession: item,
      role: def.role,
      madeInRound: G.round,
      endsAfterRound: G.round + def.duration - 1,
      status: 'active',
    });
  }
  return agreement;
}
