import { ACTIONS_PER_ROUND } from './data/actions';
import { concessionsOf } from './data/concessions';
import { EVENTS } from './data/events';
import { venueBetween } from './data/venues';
import { roleOfPlayer, ROLES, type Role } from './roles';
import { availableActions, bindingCommitments, checkOrders, compliantActions } from './rules/orders';
import { checkCounter, checkPropose, checkRespond, checkWalkOut } from './rules/summits';
import { asPhase } from './phases';
import type { CommitmentChoice, PeninsulaState } from './state';

export interface MoveChoice {
  move: string;
  args: unknown[];
}

function pairs<T>(items: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) out.push([items[i] as T, items[j] as T]);
  return out;
}

function proposalChoices(G: PeninsulaState, role: Role): MoveChoice[] {
  const out: MoveChoice[] = [];
  const mine = concessionsOf(role);
  for (const partner of ROLES) {
    if (partner === role) continue;
    const theirs = concessionsOf(partner);
    const venue = venueBetween(role, partner);
    mine.forEach((offer, i) => {
      const ask = theirs[i % theirs.length];
      out.push({ move: 'propose', args: [{ to: [partner], venue, offers: [offer], asks: ask ? [ask] : [] }] });
    });
    out.push({ move: 'propose', args: [{ to: [partner], venue, offers: [], asks: theirs.slice(0, 1) }] });
  }
  return out.filter((c) => checkPropose(G, role, c.args[0]) === null);
}

function diplomacyChoices(G: PeninsulaState, role: Role): MoveChoice[] {
  if (G.done[role]) return [];
  const out: MoveChoice[] = [];
  for (const p of G.proposals) {
    if (p.status !== 'open') continue;
    if (checkWalkOut(G, role, { proposalId: p.id }) === null) out.push({ move: 'walkOut', args: [{ proposalId: p.id }] });
    for (const answer of ['accepted', 'rejected'] as const) {
      const args = { proposalId: p.id, answer };
      if (checkRespond(G, role, args) === null) out.push({ move: 'respond', args: [args] });
    }
    const counterArgs = { proposalId: p.id, offers: p.asks.filter((a) => concessionsOf(role).includes(a)).slice(0, 1), asks: p.offers };
    if (checkCounter(G, role, counterArgs) === null) out.push({ move: 'counter', args: [counterArgs] });
  }
  out.push(...proposalChoices(G, role));
  out.push({ move: 'done', args: [] });
  return out;
}

function orderChoices(G: PeninsulaState, role: Role): MoveChoice[] {
  if (G.submitted[role]) return [];
  const binding = bindingCommitments(G, role);
  const comply: Record<string, CommitmentChoice> = Object.fromEntries(binding.map((c) => [c.id, 'comply' as const]));
  const out: MoveChoice[] = pairs(compliantActions(G, role)).map((actions) => ({ move: 'submitOrders', args: [{ actions, commitments: comply }] }));
  // Breaking one commitment frees every action it forbade.
  for (const c of binding) {
    const commitments = { ...comply, [c.id]: 'breach' as const };
    for (const actions of pairs(availableActions(G, role))) {
      const orders = { actions, commitments };
      if (checkOrders(G, role, orders) === null) out.push({ move: 'submitOrders', args: [orders] });
    }
  }
  return out.filter((c) => (c.args[0] as { actions: unknown[] }).actions.length === ACTIONS_PER_ROUND);
}

/** Every legal move for a seat in a phase: what boardgame.io's RandomBot and MCTSBot choose from. */
export function enumerateMoves(G: PeninsulaState, ctxPhase: string | null, playerID: string): MoveChoice[] {
  const phase = asPhase(ctxPhase);
  const role = roleOfPlayer(playerID);
  if (role === undefined || G.war || G.finished) return [];
  if (phase === 'crisis') {
    const choice = G.crisis.event ? EVENTS[G.crisis.event].choice : undefined;
    if (!choice || G.crisis.pendingChoice !== role) return [];
    return choice.options.map((o) => ({ move: 'chooseCrisisOption', args: [{ option: o.id }] }));
  }
  if (phase === 'diplomacy') return diplomacyChoices(G, role);
  if (phase === 'orders') return orderChoices(G, role);
  return [];
}
