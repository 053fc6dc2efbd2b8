import { ACTIONS, type ActionId } from '../data/actions';
import { CONCESSIONS, EXPOSED_BREACH_EFFECTS } from '../data/concessions';
import { inForce, inspectionsInForce } from '../queries';
import { RESOLUTION_ORDER, ROLE_NAMES, type Role } from '../roles';
import type { Commitment, Headline, PeninsulaState, Refusal } from '../state';
import { enact, judgeTheBrink, noteRaise, type TensionRaised } from './record';
import { runUpkeep } from './upkeep';

function exposeBreach(G: PeninsulaState, commitment: Commitment, committedInRound: number): void {
  const def = CONCESSIONS[commitment.concession];
  commitment.status = 'breached';
  G.breaches.push({ round: committedInRound, exposedInRound: G.round, role: commitment.role, commitmentId: commitment.id, concession: commitment.concession });
  const late = committedInRound < G.round ? ' (last round, now exposed)' : '';
  enact(G, EXPOSED_BREACH_EFFECTS[commitment.role], {
    kind: 'breach',
    text: `${ROLE_NAMES[commitment.role]} broke its commitment: ${def.label}${late}`,
    roles: [commitment.role],
  });
  snapBack(G, commitment);
}

/**
 * Snapback (issue 15): when one side's breach comes to light, the other sides of the same agreement
 * are released. Their commitments lapse and what they gave is taken back (their own breach effects,
 * with no blame): relief lapses when Pyongyang cheats, and the reverse.
 */
function snapBack(G: PeninsulaState, broken: Commitment): void {
  for (const other of G.commitments) {
    if (other.agreementId !== broken.agreementId || other.role === broken.role || other.status !== 'active') continue;
    const def = CONCESSIONS[other.concession];
    other.status = 'lapsed';
    enact(G, def.breachEffects, {
      kind: 'lapse',
      text: `Snapback: ${ROLE_NAMES[other.role]} is released from the ${def.label.toLowerCase()}`,
      roles: [other.role],
    });
  }
}

/** Inspectors on site, or a declared inventory to check against: a hidden breach is caught at once. */
function cheatingDetectable(G: PeninsulaState): boolean {
  return inspectionsInForce(G) || inForce(G, 'declareInventory');
}

/** Breaches nobody could see last round come to light now (what they raise is the breaker's). */
function exposeUnseenBreaches(G: PeninsulaState, raised: TensionRaised): void {
  for (const role of RESOLUTION_ORDER) {
    const slice = G.private[role];
    if (!slice) continue;
    const before = G.tracks.tension;
    for (const id of slice.unseenBreaches) {
      const commitment = G.commitments.find((c) => c.id === id);
      if (commitment) exposeBreach(G, commitment, G.round - 1);
    }
    slice.unseenBreaches = [];
    noteRaise(G, raised, role, before);
  }
}

function applyCommitmentChoices(G: PeninsulaState, role: Role, choices: Record<string, 'comply' | 'breach'>, inspections: boolean): void {
  for (const [id, choice] of Object.entries(choices)) {
    const commitment = G.commitments.find((c) => c.id === id);
    if (!commitment || commitment.status !== 'active' || choice !== 'breach') continue;
    const def = CONCESSIONS[commitment.concession];
    if (def.verification === 'symbolic') {
      commitment.status = 'lapsed';
      enact(G, def.breachEffects, { kind: 'lapse', text: `${ROLE_NAMES[role]} lets the ${def.label.toLowerCase()} lapse`, roles: [role] });
    } else if (def.verification === 'open' || inspections) {
      enact(G, def.breachEffects);
      exposeBreach(G, commitment, G.round);
    } else {
      // Without inspectors the gain shows on the tracks, but nobody can prove who broke what until next round.
      enact(G, def.breachEffects, { kind: 'breach', text: 'Satellite images show unexplained activity; without inspectors nothing can be proven', roles: [] });
      G.private[role]?.unseenBreaches.push(commitment.id);
    }
  }
}

function applyAction(G: PeninsulaState, role: Role, action: ActionId): void {
  G.lastUsed[action] = G.round;
  G.timesUsed[action] = (G.timesUsed[action] ?? 0) + 1;
  enact(G, ACTIONS[action].effects, { kind: 'action', text: ACTIONS[action].headline, roles: [role] });
}

/** Commitments whose last bound round has passed were kept. */
function retireKeptCommitments(G: PeninsulaState): void {
  for (const c of G.commitments) {
    if (c.status === 'active' && c.endsAfterRound <= G.round && !G.private[c.role]?.unseenBreaches.includes(c.id)) c.status = 'kept';
  }
}

/** Who turned down which package this round, for the reflection prompts after the game. */
function refusalsOf(G: PeninsulaState): Refusal[] {
  return G.proposals.flatMap((p) =>
    (Object.entries(p.answers) as [Role, string][])
      .filter(([, a]) => a === 'rejected')
      .map(([by]) => ({ by, from: p.from, venue: p.venue, offers: [...p.offers], asks: [...p.asks] })),
  );
}

/** The step that just ran raised tension: its last headline names the escalation; else the one named before stands. */
function escalationAfter(G: PeninsulaState, tensionBefore: number, escalation: Headline | null): Headline | null {
  return G.tracks.tension > tensionBefore ? (G.headlines.at(-1) ?? escalation) : escalation;
}

/**
 * The round's resolution (GAME.md step 4): orders revealed and applied in the fixed order,
 * breaches exposed, upkeep, the brink judged (war or not), and the round recorded for the debrief.
 */
export function resolveRound(G: PeninsulaState): void {
  const moratoriumAtOrders = G.flags.moratorium;
  const orders: Partial<Record<Role, ActionId[]>> = {};
  const memos: Partial<Record<Role, string>> = {};
  for (const role of RESOLUTION_ORDER) {
    orders[role] = [...(G.private[role]?.orders?.actions ?? [])];
    const memo = G.private[role]?.orders?.memo;
    if (memo) memos[role] = memo;
  }
  // The last step that raised tension is what the debrief names if this round ends in war. Each step
  // notes the tension before it (no closure per step: bots resolve thousands of what-if rounds a game).
  let escalation: Headline | null = null;
  // What each role's orders and breaches raised tension by: a war's blame (War.blamed).
  const raised: TensionRaised = {};
  let before = G.tracks.tension;
  exposeUnseenBreaches(G, raised);
  escalation = escalationAfter(G, before, escalation);
  const inspections = cheatingDetectable(G);
  for (const role of RESOLUTION_ORDER) {
    const given = G.private[role]?.orders;
    if (!given) continue;
    before = G.tracks.tension;
    applyCommitmentChoices(G, role, given.commitments, inspections);
    escalation = escalationAfter(G, before, escalation);
    noteRaise(G, raised, role, before);
    for (const action of given.actions) {
      before = G.tracks.tension;
      applyAction(G, role, action);
      escalation = escalationAfter(G, before, escalation);
      noteRaise(G, raised, role, before);
    }
  }
  before = G.tracks.tension;
  runUpkeep(G);
  escalation = escalationAfter(G, before, escalation);
  judgeTheBrink(G, escalation, raised);
  retireKeptCommitments(G);
  G.history.push({
    round: G.round,
    event: G.crisis.event ?? 'quietRound',
    eventChoice: G.crisis.chosen,
    orders,
    memos,
    refusals: refusalsOf(G),
    tracks: { ...G.tracks },
    moratoriumAtOrders,
  });
  G.crisis = { event: null, pendingChoice: null, chosen: null };
  if (G.round >= G.options.rounds) {
    G.finished = true;
    revealUnseenBreachesAtEnd(G);
  }
}

/** At the end the truth comes out for the debrief: unseen breaches are recorded, with no further effect on the board. */
function revealUnseenBreachesAtEnd(G: PeninsulaState): void {
  for (const role of RESOLUTION_ORDER) {
    const slice = G.private[role];
    for (const id of slice?.unseenBreaches ?? []) {
      const commitment = G.commitments.find((c) => c.id === id);
      if (!commitment) continue;
      commitment.status = 'breached';
      G.breaches.push({ round: G.round, exposedInRound: G.round, role, commitmentId: id, concession: commitment.concession });
    }
    if (slice) slice.unseenBreaches = [];
  }
}

/** The private slices, each with its own list of unseen breaches (resolving writes both). */
export function privateCopy(G: PeninsulaState): PeninsulaState['private'] {
  const out: PeninsulaState['private'] = {};
  // for…in, not Object.entries: no pair arrays for a copy bots make thousands of times a game (same keys, same order).
  for (const role in G.private) {
    const slice = G.private[role as Role];
    if (slice) out[role as Role] = { ...slice, unseenBreaches: [...slice.unseenBreaches] };
  }
  return out;
}

/**
 * `G` with the parts resolving a round writes copied (the tracks and flags, the commitments' status,
 * breaches, the private slices, the actions' use, the round records and headlines; the crisis and the
 * counters are replaced at the top), the rest shared: the one list of what `resolveRound` writes, for
 * the engine (resolvedRound) and the bots' orders what-ifs (shared/bots/whatIf.ts). `lists`: the
 * proposals and headlines to start from, by default `G`'s (resolving only reads the proposals); a bot
 * starts both empty, as it values neither. test/ruleset/committedState.test.ts and test/sim/whatIf.test.ts
 * resolve on copies of frozen boards, so a write outside this copy fails there.
 */
export function resolutionCopy(G: PeninsulaState, lists?: Pick<PeninsulaState, 'proposals' | 'headlines'>): PeninsulaState {
  return {
    ...G,
    tracks: { ...G.tracks },
    flags: { ...G.flags },
    proposals: lists ? lists.proposals : G.proposals,
    commitments: G.commitments.map((c) => ({ ...c })),
    breaches: [...G.breaches],
    lastUsed: { ...G.lastUsed },
    timesUsed: { ...G.timesUsed },
    history: [...G.history],
    headlines: lists ? lists.headlines : [...G.headlines],
    private: privateCopy(G),
  };
}

/**
 * The board after resolving the round, `G` left as it was. The engine resolves on this instead of on
 * immer's draft (see shared/committedState.ts).
 */
export function resolvedRound(G: PeninsulaState): PeninsulaState {
  const next = resolutionCopy(G);
  resolveRound(next);
  return next;
}
