import { ACTIONS, ACTIONS_PER_ROUND, actionsOf, isActionId, type ActionId } from '../data/actions';
import { CONCESSIONS, DPRK_STEPS } from '../data/concessions';
import { conditionHolds, previewEffects } from '../effects';
import { activeCommitments, inForce } from '../queries';
import { isPlainText } from '../plainText';
import { reject, type Rejection } from '../rejection';
import type { Role } from '../roles';
import type { Commitment, CommitmentChoice, Orders, PeninsulaState } from '../state';

/** Why an action cannot be ordered this round, or null if it can. */
export function actionUnavailable(G: PeninsulaState, role: Role, action: ActionId): Rejection | null {
  const def = ACTIONS[action];
  if (def.role !== role) return reject('NOT_YOUR_ACTION', `${def.label} is not one of your actions.`);
  if (def.oncePerGame && (G.timesUsed[action] ?? 0) > 0) return reject('ONCE_PER_GAME', `${def.label} can be ordered once a game, and you have.`);
  const last = G.lastUsed[action];
  if (def.cooldown !== undefined && last !== undefined && G.round - last <= def.cooldown) {
    const wait = def.cooldown - (G.round - last) + 1;
    return reject('ON_COOLDOWN', `${def.label} can be ordered again in ${wait} round${wait === 1 ? '' : 's'}.`);
  }
  if (def.requires && !conditionHolds(G, def.requires.condition)) return reject('NOT_AVAILABLE', def.requires.reason);
  if (def.requiresDprkStep && !DPRK_STEPS.some((c) => inForce(G, c))) return reject('NOT_AVAILABLE', def.requiresDprkStep);
  return null;
}

export function availableActions(G: PeninsulaState, role: Role): ActionId[] {
  return actionsOf(role).filter((a) => actionUnavailable(G, role, a) === null);
}

/** The commitments a role must choose comply or breach for: active ones it has not already secretly broken. */
export function bindingCommitments(G: PeninsulaState, role: Role): Commitment[] {
  const unseen = G.private[role]?.unseenBreaches ?? [];
  return activeCommitments(G, role).filter((c) => !unseen.includes(c.id));
}

/** A decision memo is a short note a class can read aloud in the debrief, not an essay. */
export const MEMO_MAX_LENGTH = 400;

export function checkMemo(memo: unknown): Rejection | null {
  if (memo === undefined) return null;
  if (typeof memo !== 'string') return reject('BAD_MEMO', 'A decision memo is plain text.');
  if (memo.length > MEMO_MAX_LENGTH) return reject('BAD_MEMO', `Keep the decision memo to ${MEMO_MAX_LENGTH} characters (it has ${memo.length}).`);
  if (!isPlainText(memo, 'prose')) return reject('BAD_MEMO', 'A decision memo is plain text: no control characters.');
  return null;
}

export function checkOrders(G: PeninsulaState, role: Role | undefined, input: unknown): Rejection | null {
  if (role === undefined) return reject('NOT_A_PLAYER', 'Spectators cannot give orders.');
  const obj = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : null;
  const actions = obj?.actions;
  const choices = obj?.commitments;
  if (!Array.isArray(actions) || typeof choices !== 'object' || choices === null || Array.isArray(choices)) {
    return reject('BAD_INPUT', 'Orders need { actions: [two actions], commitments: { id: "comply" | "breach" } }.');
  }
  if (actions.length !== ACTIONS_PER_ROUND) return reject('WRONG_ACTION_COUNT', `Choose exactly ${ACTIONS_PER_ROUND} actions.`);
  if (new Set(actions).size !== actions.length) return reject('DUPLICATE', 'Choose two different actions.');
  for (const action of actions) {
    if (!isActionId(action)) return reject('UNKNOWN_ACTION', `"${String(action)}" is not an action.`);
    const unavailable = actionUnavailable(G, role, action);
    if (unavailable) return unavailable;
  }
  const binding = bindingCommitments(G, role);
  const given = choices as Record<string, unknown>;
  const expected = binding.map((c) => c.id).sort();
  if (Object.keys(given).sort().join() !== expected.join() || Object.values(given).some((v) => v !== 'comply' && v !== 'breach')) {
    return reject(
      'COMMITMENT_CHOICES',
      `Choose "comply" or "breach" for each of your commitments${expected.length ? ` (${expected.length})` : ''}, and nothing else.`,
    );
  }
  for (const commitment of binding) {
    if (given[commitment.id] !== 'comply') continue;
    const def = CONCESSIONS[commitment.concession];
    const forbidden = (actions as ActionId[]).find((a) => def.forbids.includes(a));
    if (forbidden) {
      return reject('FORBIDDEN_BY_COMMITMENT', `Your commitment "${def.label}" forbids ${ACTIONS[forbidden].label}: breach it, or choose another action.`);
    }
  }
  return checkMemo(obj?.memo);
}

export function submitOrders(G: PeninsulaState, role: Role, orders: Orders): void {
  const slice = G.private[role];
  if (!slice) return;
  const memo = orders.memo?.trim();
  slice.orders = { actions: [...orders.actions], commitments: { ...orders.commitments }, ...(memo ? { memo } : {}) };
  G.submitted[role] = true;
}

/** Actions a role can order while keeping every commitment it is bound by. */
export function compliantActions(G: PeninsulaState, role: Role): ActionId[] {
  const forbidden = new Set(bindingCommitments(G, role).flatMap((c) => CONCESSIONS[c.concession].forbids));
  return availableActions(G, role).filter((a) => !forbidden.has(a));
}

function tensionOf(G: PeninsulaState, action: ActionId): number {
  return previewEffects(G, ACTIONS[action].effects).reduce((sum, c) => sum + ('track' in c && c.track === 'tension' ? c.to - c.from : 0), 0);
}

/**
 * Orders for a seat that did not act in time ("hold"): keep every commitment and take the two
 * calmest actions that allow it, so an empty chair never starts a war.
 */
export function holdingOrders(G: PeninsulaState, role: Role): Orders {
  const commitments: Record<string, CommitmentChoice> = {};
  for (const c of bindingCommitments(G, role)) commitments[c.id] = 'comply';
  const calmest = [...compliantActions(G, role)].sort((a, b) => tensionOf(G, a) - tensionOf(G, b));
  return { actions: calmest.slice(0, ACTIONS_PER_ROUND), commitments };
}
