import { EVENTS } from '../../shared/data/events';
import type { SetupInput } from '../../shared/options';
import { playerOfRole, ROLES, type Role } from '../../shared/roles';
import { holdingOrders } from '../../shared/rules/orders';
import { applyMove, startMatch, type MatchState } from '../../tools/sim/headless';
import type { Orders } from '../../shared/state';

/** Scenario fixtures in a short notation: `move(s, 'US', 'propose', {...})` throws if the rules refuse it. */

export function newMatch(setup: SetupInput = {}): MatchState {
  return answerCrisis(startMatch({ seed: 'fixture', scenario: 'singapore2018', ...setup }));
}

export function tryMove(state: MatchState, role: Role, move: string, ...args: unknown[]): { state: MatchState; accepted: boolean } {
  const next = applyMove(state, playerOfRole(role), move, args);
  return { state: next, accepted: next._stateID !== state._stateID };
}

export function move(state: MatchState, role: Role, name: string, ...args: unknown[]): MatchState {
  const result = tryMove(state, role, name, ...args);
  if (!result.accepted) throw new Error(`${role} ${name} was refused: ${JSON.stringify(args)}`);
  return result.state;
}

/** If the round's card asks someone to choose, they take the first option. */
export function answerCrisis(state: MatchState): MatchState {
  const role = state.G.crisis.pendingChoice;
  if (state.ctx.phase !== 'crisis' || role === null || !state.G.crisis.event) return state;
  const option = EVENTS[state.G.crisis.event].choice?.options[0]?.id;
  return move(state, role, 'chooseCrisisOption', { option });
}

export function everyoneDone(state: MatchState): MatchState {
  let s = state;
  for (const role of ROLES) if (!s.G.done[role]) s = move(s, role, 'done');
  return s;
}

/** Submits the given orders; every other seat holds (keeps its commitments, first two actions). */
export function submitOrders(state: MatchState, given: Partial<Record<Role, Orders>> = {}): MatchState {
  let s = state;
  for (const role of ROLES) s = move(s, role, 'submitOrders', given[role] ?? holdingOrders(s.G, role));
  return answerCrisis(s);
}

/** A whole quiet round: nobody negotiates, everyone holds. */
export function quietRound(state: MatchState): MatchState {
  return submitOrders(everyoneDone(state));
}

/** Compliance answers for every commitment a role is bound by, with some overridden. */
export function keepAll(state: MatchState, role: Role, overrides: Record<string, 'comply' | 'breach'> = {}): Record<string, 'comply' | 'breach'> {
  return { ...holdingOrders(state.G, role).commitments, ...overrides };
}
