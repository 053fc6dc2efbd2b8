import type { Ctx } from 'boardgame.io';
import { checkDone } from '../../shared/rules/summits';
import { asPhase } from '../../shared/phases';
import { ROLES, type Role } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import { awaitsAnswerFrom, owesMove } from '../../shared/queries';

/**
 * Who holds the one screen of a hot-seat match, as plain data (it is saved with the match).
 * Only public state decides it — proposals, who has left the table, who has sealed orders —
 * so the hand-off itself reveals nothing.
 */
export interface Handoff {
  /** The seat whose private screen is shown; null while a pass screen or the round reveal is up. */
  holder: Role | null;
  /** The seat the pass screen calls. */
  calling: Role | null;
  /** The resolved round the whole group is looking at together, until someone continues. */
  reveal: number | null;
  /** The last round whose reveal was shown, so each round is revealed once. */
  revealed: number;
  /** `round:phase` that `waiting` belongs to. */
  phaseKey: string;
  /**
   * Diplomacy: seats that passed the screen but stayed at the table, with the open proposals
   * awaiting their answer when they passed. They are called back only for something new.
   */
  waiting: Partial<Record<Role, string[]>>;
}

export function startHandoff(G: PeninsulaState): Handoff {
  return {
    holder: null,
    calling: null,
    reveal: null,
    revealed: G.history.length ? (G.history[G.history.length - 1]?.round ?? 0) : 0,
    phaseKey: '',
    waiting: {},
  };
}

/** Open proposals put to this seat that it has not answered yet. */
export function awaitingAnswer(G: PeninsulaState, role: Role): string[] {
  return G.proposals.filter((p) => awaitsAnswerFrom(p, role)).map((p) => p.id);
}

/** The people at this screen who still owe a private turn in the current phase, in seat order. */
export function seatsToAct(G: PeninsulaState, ctx: Ctx, humans: readonly Role[]): Role[] {
  return ctx.gameover !== undefined ? [] : humans.filter((r) => owesMove(G, ctx.phase, r));
}

/** Seats that must be called: they owe a turn and did not pass it with nothing new to answer since. */
export function seatsToCall(G: PeninsulaState, ctx: Ctx, humans: readonly Role[], h: Handoff): Role[] {
  return seatsToAct(G, ctx, humans).filter((role) => {
    const seen = h.waiting[role];
    return seen === undefined || awaitingAnswer(G, role).some((id) => !seen.includes(id));
  });
}

/** Who gets the screen after `from`: the next seat in order that still has to act, else `from` again if it does, else nobody. */
export function nextSeat(pending: readonly Role[], from: Role | null): Role | null {
  if (pending.length === 0) return null;
  if (from === null) return pending[0] ?? null;
  const start = ROLES.indexOf(from);
  for (let k = 1; k <= ROLES.length; k++) {
    const role = ROLES[(start + k) % ROLES.length] as Role;
    if (role !== from && pending.includes(role)) return role;
  }
  return pending.includes(from) ? from : null;
}

/**
 * The seat at the screen passes it on. In diplomacy it stays at the table and is called back
 * only when a new proposal awaits its answer.
 */
export function passOn(h: Handoff, G: PeninsulaState, ctx: Ctx, humans: readonly Role[]): Handoff {
  const from = h.holder;
  if (from === null) return h;
  const waiting = asPhase(ctx.phase) === 'diplomacy' && !G.done[from] ? { ...h.waiting, [from]: awaitingAnswer(G, from) } : h.waiting;
  const next = { ...h, waiting, holder: null };
  return { ...next, calling: nextSeat(seatsToCall(G, ctx, humans, next), from) };
}

/**
 * Brings the hand-off in line with the game after any change: a new phase forgets who was
 * waiting; a resolved round is revealed to everyone first; a seat with nothing left to do gives
 * up the screen, unless it is the one that must act next (no pass screen to the same person).
 */
export function settle(h: Handoff, G: PeninsulaState, ctx: Ctx, humans: readonly Role[]): Handoff {
  const solo = humans.length === 1;
  const phaseKey = `${G.round}:${ctx.phase}`;
  let next: Handoff = phaseKey === h.phaseKey ? h : { ...h, phaseKey, waiting: {} };
  const resolved = G.history[G.history.length - 1]?.round ?? 0;
  if (resolved > next.revealed && ctx.gameover === undefined) {
    next = { ...next, revealed: resolved, reveal: solo ? null : resolved, holder: solo ? next.holder : null, calling: null };
  }
  if (next.reveal !== null) return next;
  const toCall = seatsToCall(G, ctx, humans, next);
  if (solo) return { ...next, holder: humans[0] ?? null, calling: null };
  if (next.holder !== null) {
    if (toCall.includes(next.holder)) return next;
    return { ...next, holder: null, calling: nextSeat(toCall, next.holder) };
  }
  if (next.calling !== null && toCall.includes(next.calling)) return next;
  return { ...next, calling: nextSeat(toCall, next.calling) };
}

/**
 * Diplomacy is over for this screen when nobody is left to call but some seats still sit at the
 * table, each having passed with nothing new to answer: the table leaves on their behalf.
 * Only seats for which the ruleset itself allows `done` are returned. The seat at the screen, if
 * it has left, keeps it: it is the one to act first in orders.
 */
export function leaveOnBehalf(G: PeninsulaState, ctx: Ctx, humans: readonly Role[], h: Handoff): Role[] {
  if (asPhase(ctx.phase) !== 'diplomacy' || h.reveal !== null) return [];
  if (seatsToCall(G, ctx, humans, h).length > 0) return [];
  return seatsToAct(G, ctx, humans).filter((role) => h.waiting[role] !== undefined && checkDone(G, role) === null);
}

/** The called seat says it alone sees the screen: it holds it, and is no longer waiting. */
export function takeScreen(h: Handoff, role: Role): Handoff {
  const waiting = { ...h.waiting };
  delete waiting[role];
  return { ...h, holder: role, calling: null, waiting };
}

/** The group has seen the round's reveal: call the first seat that has to act. */
export function endReveal(h: Handoff, G: PeninsulaState, ctx: Ctx, humans: readonly Role[]): Handoff {
  return settle({ ...h, reveal: null, holder: null, calling: null }, G, ctx, humans);
}
