import { isScenarioId, MAX_ROUNDS, MIN_ROUNDS, SCENARIOS, type ScenarioId } from './data/scenarios';
import { isRole, ROLES, type Role } from './roles';

export const PERSONALITIES = ['hawk', 'dove', 'dealmaker', 'opportunist'] as const;
export type Personality = (typeof PERSONALITIES)[number];
/** The bot that takes a seat nobody chose one for: the host's Start, class tables, hot-seat, a timer's stand-in. */
export const DEFAULT_PERSONALITY: Personality = 'dealmaker';
/** The scenario a match gets when it names none, and the one the forms offer first. */
export const DEFAULT_SCENARIO: ScenarioId = 'singapore2018';

/** Phase timers in seconds; 0 means no timer. The server enforces them, the ruleset only carries them. */
export interface PhaseTimers {
  crisis: number;
  diplomacy: number;
  orders: number;
}

/** What a match is created with (boardgame.io `setupData`). */
export interface MatchOptions {
  scenario: ScenarioId;
  rounds: number;
  timers: PhaseTimers;
  /** Seats a bot plays from the start, with its personality. Others wait for people (the server fills empty ones). */
  bots: Partial<Record<Role, Personality>>;
  /** A seed makes the deck, the agendas and the bots repeatable. Hidden from every player. */
  seed?: string;
}

export const DEFAULT_TIMERS: Readonly<PhaseTimers> = { crisis: 60, diplomacy: 300, orders: 120 };
export const MAX_TIMER_SECONDS = 3600;
export const MAX_SEED_LENGTH = 64;
export const NUM_PLAYERS = ROLES.length;

export type SetupInput = Partial<Omit<MatchOptions, 'timers'>> & { timers?: Partial<PhaseTimers> };

export function isPersonality(value: unknown): value is Personality {
  return typeof value === 'string' && (PERSONALITIES as readonly string[]).includes(value);
}

/**
 * Checks match options before a match exists. Returns a message a person can act on,
 * or undefined when the options are good (boardgame.io's validateSetupData contract).
 */
export function validateSetupData(setupData: unknown, numPlayers: number): string | undefined {
  if (numPlayers !== NUM_PLAYERS) return `Peninsula is played with exactly ${NUM_PLAYERS} seats (bots take the empty ones), not ${numPlayers}.`;
  if (setupData === undefined || setupData === null) return undefined;
  if (typeof setupData !== 'object' || Array.isArray(setupData)) return 'Match options must be an object.';
  const input = setupData as Record<string, unknown>;
  const known = ['scenario', 'rounds', 'timers', 'bots', 'seed'];
  const unknown = Object.keys(input).filter((key) => !known.includes(key));
  if (unknown.length > 0) return `Unknown match option "${unknown[0]}". Known options: ${known.join(', ')}.`;
  if (input.scenario !== undefined && !isScenarioId(input.scenario)) {
    return `Unknown scenario "${String(input.scenario)}". Choose one of: ${Object.keys(SCENARIOS).join(', ')}.`;
  }
  if (input.rounds !== undefined && (!Number.isInteger(input.rounds) || (input.rounds as number) < MIN_ROUNDS || (input.rounds as number) > MAX_ROUNDS)) {
    return `Rounds must be a whole number from ${MIN_ROUNDS} to ${MAX_ROUNDS}.`;
  }
  if (input.timers !== undefined) {
    if (typeof input.timers !== 'object' || input.timers === null) return 'Timers must be an object like { "diplomacy": 300, "orders": 120 }.';
    for (const [phase, seconds] of Object.entries(input.timers)) {
      if (!Object.hasOwn(DEFAULT_TIMERS, phase)) return `Unknown timer "${phase}". Timers: ${Object.keys(DEFAULT_TIMERS).join(', ')}.`;
      if (!Number.isInteger(seconds) || (seconds as number) < 0 || (seconds as number) > MAX_TIMER_SECONDS) {
        return `The ${phase} timer must be a whole number of seconds from 0 (no timer) to ${MAX_TIMER_SECONDS}.`;
      }
    }
  }
  if (input.bots !== undefined) {
    if (typeof input.bots !== 'object' || input.bots === null || Array.isArray(input.bots)) return 'Bots must be an object like { "PRC": "dove" }.';
    for (const [role, personality] of Object.entries(input.bots)) {
      if (!isRole(role)) return `Unknown role "${role}" in bots. Roles: ${ROLES.join(', ')}.`;
      if (!isPersonality(personality)) return `Unknown bot personality "${String(personality)}" for ${role}. Choose one of: ${PERSONALITIES.join(', ')}.`;
    }
  }
  if (input.seed !== undefined && (typeof input.seed !== 'string' || input.seed.length === 0 || input.seed.length > MAX_SEED_LENGTH)) {
    return `A seed must be text of 1 to ${MAX_SEED_LENGTH} characters.`;
  }
  return undefined;
}

/** Fills defaults into options that validateSetupData accepted. */
export function normaliseOptions(setupData: unknown): MatchOptions {
  const input = (setupData ?? {}) as SetupInput;
  const scenario = input.scenario ?? DEFAULT_SCENARIO;
  const options: MatchOptions = {
    scenario,
    rounds: input.rounds ?? SCENARIOS[scenario].defaultRounds,
    timers: { ...DEFAULT_TIMERS, ...input.timers },
    bots: { ...input.bots },
  };
  if (input.seed !== undefined) options.seed = input.seed;
  return options;
}
