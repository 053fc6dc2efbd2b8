import type { Personality } from '../../shared/options';
import { ROLES, type Role } from '../../shared/roles';
import { nextBotMove } from '../../tools/sim/botGame';
import { applyMove, startMatch, type MatchState } from '../../tools/sim/headless';

const dealmakers = Object.fromEntries(ROLES.map((r) => [r, 'dealmaker'])) as Record<Role, Personality>;

/** Every state of one seeded game of five deal-making bots, start to end (deals signed, kept and broken). */
export function botGameStates(seed: string): MatchState[] {
  const states: MatchState[] = [startMatch({ seed })];
  for (let i = 0; i < 2_000 && states.at(-1)!.ctx.gameover === undefined; i++) {
    const next = nextBotMove(states.at(-1)!, dealmakers);
    if (!next) break;
    states.push(applyMove(states.at(-1)!, next.playerID, next.choice.move, next.choice.args));
  }
  return states;
}
