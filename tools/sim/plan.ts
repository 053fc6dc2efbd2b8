import { SCENARIO_IDS, isScenarioId, type ScenarioId } from '../../shared/data/scenarios';
import { isPersonality, PERSONALITIES, type Personality } from '../../shared/options';
import { nextRandom, seedFromString } from '../../shared/rng';
import { ROLES } from '../../shared/roles';
import type { GameSpec, SeatPlayer } from './match';

/**
 * Which games a simulation plays. `personalities`:
 * - 'mixed' (default): every seat draws a personality from the game's seed — the same bot
 *   strength in every seat, varied temperaments, which is what the balance targets are about;
 * - one personality: all five seats play it;
 * - five personalities, in ROLES order.
 * `opponents` other than 'heuristic' put one heuristic seat (cycling through the roles)
 * against four of boardgame.io's RandomBot or MCTSBot: the strength test.
 */
export type Opponents = 'heuristic' | 'random' | 'mcts';

export interface PlanOptions {
  games: number;
  /** A scenario, or 'all' to cycle through them. */
  scenario: ScenarioId | 'all';
  personalities: 'mixed' | Personality | readonly Personality[];
  opponents: Opponents;
  mctsIterations: number;
  mctsPlayoutDepth: number;
  seedPrefix: string;
  rounds?: number;
}

/**
 * Two seed sets (issue 15): tuning runs use `sim-0…` (the default); the headline figures of
 * docs/BALANCE.md are run on `val-0…` (`--seed val`), which no tuning run ever looks at, so a
 * number fitted to the tuning seeds shows up as a difference between the two. `val2-0…` is a
 * second, fresh validation set (balance pass 12): after eleven passes checked on `val`, a set
 * never looked at before tells whether the rules were fitted to `val` too. `val3-0…` is the third
 * (balance pass 13), for the same reason after pass 12 was validated on `val2`; `val4-0…` validates
 * pass 13 again after its first validation on `val3` showed a cost the tuning seeds had hidden; `val5-0…`
 * validates balance pass 14, tuned on `u14`, `t14` and `w14`; `val6-0…` validates pass 15, tuned on `u15`, `t15` and `w15`; `val7-0…` validates pass 15 again,
 * unchanged, with 300 games a scenario so that per-scenario misses can be told from noise; `val8-0…` checks it a third time,
 * unchanged (a row is a real miss only when it misses on val7 and val8); `val9-0…` validates pass 16, tuned on `u17`, `t17` and `w17`;
 * `val10-0…` validates pass 17, tuned on `u18`, `t18` and `w18`; `val11-0…` checks pass 17 again, unchanged, with 600 games a
 * scenario, so that the rows val10 left inconclusive can be told from noise; `val12-0…` validates pass 18, tuned on `u19`, `t19` and `w19`;
 * `val13-0…` validates pass 19, tuned on `u20`, `t20` and `w20`; `val14-0…` validates pass 20, tuned on `u21`, `t21` and `w21`;
 * `val15-0…` validates pass 21, tuned on `u22`, `t22` and `w22`; `val16-0…` validates pass 22, tuned on `u23`, `t23` and `w23`; `val17-0…` validates pass 23, tuned on `u24` and `t24`;
 * `val18-0…` validates pass 24, tuned on `u25` and `t25`; `val19-0…` checks pass 24 again, unchanged.
 */
export const TUNING_SEED_PREFIX = 'sim';
export const VALIDATION_SEED_PREFIX = 'val';
const VALIDATION_SEED_PREFIXES: readonly string[] = [
  VALIDATION_SEED_PREFIX,
  'val2',
  'val3',
  'val4',
  'val5',
  'val6',
  'val7',
  'val8',
  'val9',
  'val10',
  'val11',
  'val12',
  'val13',
  'val14',
  'val15',
  'val16',
  'val17',
  'val18',
  'val19',
];

export function seedSetOf(prefix: string): string {
  if (VALIDATION_SEED_PREFIXES.includes(prefix)) return `the validation set (\`${prefix}-0\`…), never used while tuning`;
  if (prefix === TUNING_SEED_PREFIX)
    return `the tuning set (\`${prefix}-0\`…): figures tuned on these seeds flatter the rules; run \`--seed ${VALIDATION_SEED_PREFIX}\` for the headline`;
  return `seeds \`${prefix}-0\`…`;
}

export const DEFAULT_PLAN: PlanOptions = {
  games: 200,
  scenario: 'all',
  personalities: 'mixed',
  opponents: 'heuristic',
  mctsIterations: 200,
  mctsPlayoutDepth: 30,
  seedPrefix: TUNING_SEED_PREFIX,
};

/** Parses the command line's --personalities value; throws a message a person can act on. */
export function parsePersonalities(text: string): PlanOptions['personalities'] {
  if (text === 'mixed') return 'mixed';
  const parts = text.split(/[,\s]+/).filter(Boolean);
  if (parts.length === 1 && isPersonality(parts[0]!)) return parts[0];
  if (parts.length === ROLES.length && parts.every(isPersonality)) return parts as Personality[];
  throw new Error(`--personalities takes "mixed", one of ${PERSONALITIES.join('|')}, or five of them (${ROLES.join(',')} order), not "${text}"`);
}

export function parseScenario(text: string): PlanOptions['scenario'] {
  if (text === 'all' || isScenarioId(text)) return text;
  throw new Error(`--scenario takes "all" or one of ${SCENARIO_IDS.join(', ')}, not "${text}"`);
}

function personalityFor(plan: PlanOptions, seed: string, seat: number): Personality {
  const p = plan.personalities;
  if (p === 'mixed') return PERSONALITIES[Math.floor(nextRandom(seedFromString(`${seed}|personality${seat}`))[0] * PERSONALITIES.length)]!;
  return typeof p === 'string' ? p : p[seat]!;
}

export function planGames(plan: PlanOptions): GameSpec[] {
  const specs: GameSpec[] = [];
  for (let i = 0; i < plan.games; i++) {
    const scenario = plan.scenario === 'all' ? SCENARIO_IDS[i % SCENARIO_IDS.length]! : plan.scenario;
    const seed = `${plan.seedPrefix}-${i}`;
    // Against random or MCTS opponents the heuristic seat cycles through the roles, within each scenario.
    const heuristicSeat = plan.scenario === 'all' ? Math.floor(i / SCENARIO_IDS.length) % ROLES.length : i % ROLES.length;
    const seats: SeatPlayer[] = ROLES.map((_, seat) => {
      if (plan.opponents === 'heuristic' || seat === heuristicSeat) return { kind: 'heuristic', personality: personalityFor(plan, seed, seat) };
      if (plan.opponents === 'random') return { kind: 'random' };
      return { kind: 'mcts', iterations: plan.mctsIterations, playoutDepth: plan.mctsPlayoutDepth };
    });
    specs.push({ seed, scenario, seats, ...(plan.rounds ? { rounds: plan.rounds } : {}) });
  }
  return specs;
}
