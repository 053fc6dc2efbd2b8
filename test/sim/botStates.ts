import { expect } from 'vitest';
import { chooseBotMove } from '../../shared/bots';
import type { ScenarioId } from '../../shared/data/scenarios';
import { playerOfRole, ROLES, type Role } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import { nextBotMove } from '../../tools/sim/botGame';
import { applyMove, startMatch, type MatchState } from '../../tools/sim/headless';

/** Matches at the start of round 1's diplomacy and orders, for the bot tests. */

/** A match in the diplomacy phase of round 1 (the crisis choice, if any, taken by a bot). */
export function atDiplomacy(seed: string, scenario: ScenarioId = 'singapore2018'): MatchState {
  let state = startMatch({ seed, scenario });
  for (let guard = 0; state.ctx.phase === 'crisis' && guard < 5; guard++) {
    const role = state.G.crisis.pendingChoice as Role;
    const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID: playerOfRole(role), personality: 'dealmaker' })!;
    state = applyMove(state, playerOfRole(role), choice.move, choice.args);
  }
  expect(state.ctx.phase).toBe('diplomacy');
  return state;
}

/** A match in the orders phase of round 1: everyone has left the diplomacy table without a proposal. */
export function atOrders(seed: string, scenario: ScenarioId = 'singapore2018'): MatchState {
  let state = atDiplomacy(seed, scenario);
  for (const role of ROLES) state = applyMove(state, playerOfRole(role), 'done', []);
  expect(state.ctx.phase).toBe('orders');
  return state;
}

/** Frozen all the way down: a write anywhere in it throws (ES modules run in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Every state of a bot game in `phase` (default diplomacy), as plain (unfrozen) copies. */
export function statesInPhase(seed: string, phase: 'diplomacy' | 'orders' = 'diplomacy'): PeninsulaState[] {
  const states: PeninsulaState[] = [];
  let state = startMatch({ seed, scenario: 'singapore2018' });
  for (let moves = 0; state.ctx.gameover === undefined && moves < 2000; moves++) {
    if (state.ctx.phase === phase) states.push(structuredClone(state.G));
    const next = nextBotMove(state, { US: 'dealmaker', DPRK: 'hawk', ROK: 'dove', PRC: 'opportunist', JPN: 'dealmaker' });
    if (!next) break;
    state = applyMove(state, next.playerID, next.choice.move, next.choice.args);
  }
  return states;
}
