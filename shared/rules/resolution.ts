import { ACTIONS, type ActionId } from '../data/actions';
import { CONCESSIONS, EXPOSED_BREACH_EFFECTS } from '../data/concessions';
import { inspectionsInForce } from '../queries';
import { RESOLUTION_ORDER, ROLE_NAMES, type Role } from '../roles';
import type { Commitment, PeninsulaState } from '../state';
import { enact } from './record';
import { runUpkeep } from './upkeep';

function exposeBreach(G: PeninsulaState, commitment: Commitment, committedInRound: number): void {
  const def = CONCESSIONS[commitment.concession];
  commitment.status = 'breached';
  G.breaches.push({ round: committedInRound, exposedInRound: G.round, role: commitment.role, commitmentId: commitment.id, concession: commitment.concession });
  const late = committedInRound < G.round ? ' (last round, now exposed)' : '';
  enact(G, EXPOSED_BREACH_EFFECTS[commitment.role], { kind: 'breach', text: `${ROLE_NAMES[commitment.role]} broke its commitment: ${def.label}${late}`, roles: [commitment.role] });
}

/** Breaches nobody could see last round come to light now. */
function exposeUnseenBreaches(G: PeninsulaState): void {
  for (const role of RESOLUTION_ORDER) {
    const slice = G.private[role];
    if (!slice) continue;
    for (const id of slice.unseenBreaches) {
      const commitment = G.commitments.find((c) => c.id === id);
      if (commitment && !G.war) exposeBreach(G, commitment, G.round - 1);
    }
    slice.unseenBreaches = [];
  }
}

function applyCommitmentChoices(G: PeninsulaState, role: Role, choices: Record<string, 'comply' | 'breach'>, inspections: boolean): void {
  for (const [id, choice] of Object.entries(choices)) {
    const commitment = G.commitments.find((c) => c.id === id);
    if (!commitment || commitment.status !== 'active' || choice !== 'breach' || G.war) continue;
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

function applyActions(G: PeninsulaState, role: Role, actions: readonly ActionId[]): void {
  for (const action of actions) {
    if (G.war) return;
    G.lastUsed[action] = G.round;
    G.timesUsed[action] = (G.timesUsed[action] ?? 0) + 1;
    enact(G, ACTIONS[action].effects, { kind: 'action', text: ACTIONS[action].headline, roles: [role] });
  }
}

/** Commitments whose last bound round has passed were kept. */
function retireKeptCommitments(G: PeninsulaState): void {
  for (const c of G.commitments) {
    if (c.status === 'active' && c.endsAfterRound <= G.round && !G.private[c.role]?.unseenBreaches.includes(c.id)) c.status = 'kept';
  }
}

/**
 * The round's resolution (GAME.md step 4): orders revealed and applied in the fixed order,
 * breaches exposed, upkeep, and the round recorded for the debrief. Stops the moment war breaks out.
 */
export function resolveRound(G: PeninsulaState): void {
  const orders: Partial<Record<Role, ActionId[]>> = {};
  for (const role of RESOLUTION_ORDER) orders[role] = [...(G.private[role]?.orders?.actions ?? [])];
  exposeUnseenBreaches(G);
  const inspections = inspectionsInForce(G);
  for (const role of RESOLUTION_ORDER) {
    const given = G.private[role]?.orders;
    if (!given) continue;
    applyCommitmentChoices(G, role, given.commitments, inspections);
    applyActions(G, role, given.actions);
  }
  if (!G.war) runUpkeep(G);
  retireKeptCommitments(G);
  G.history.push({ round: G.round, event: G.crisis.event ?? 'quietRound', eventChoice: G.crisis.chosen, orders, tracks: { ...G.tracks } });
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
