import { agendasOf } from '../data/agendas';
import { EVENT_IDS, type EventId } from '../data/events';
import { SCENARIOS, type ScenarioId } from '../data/scenarios';
import type { MatchOptions } from '../options';
import { seedFromString, randomInt, shuffle } from '../rng';
import { ROLES, type Role } from '../roles';
import type { PeninsulaState, PrivateSlice } from '../state';

function perRole<T>(make: (role: Role) => T): Record<Role, T> {
  return Object.fromEntries(ROLES.map((role) => [role, make(role)])) as Record<Role, T>;
}

/**
 * The state a match starts in. It holds no secret yet: agendas and the deck are dealt in
 * the first phase (see dealOpening), and the server sends no one the unfiltered initial state.
 */
export function createInitialState(options: MatchOptions): PeninsulaState {
  const scenario = SCENARIOS[options.scenario];
  const { seed, ...publicOptions } = options;
  return {
    options: { ...publicOptions, timers: { ...publicOptions.timers }, bots: { ...publicOptions.bots } },
    round: 0,
    tracks: { ...scenario.tracks },
    roundStart: { ...scenario.tracks },
    flags: { moratorium: scenario.moratorium, brink: false, unVeto: false, usDprkContact: false },
    crisis: { event: null, pendingChoice: null, chosen: null },
    proposals: [],
    agreements: [],
    commitments: [],
    breaches: [],
    done: perRole(() => false),
    submitted: perRole(() => false),
    lastUsed: {},
    timesUsed: {},
    history: [],
    headlines: [],
    filled: [],
    deckSize: 0,
    war: null,
    finished: false,
    nextId: 0,
    private: perRole((): PrivateSlice => ({ agenda: null, orders: null, unseenBreaches: [] })),
    secret: { deck: [], rng: 0, seed: seed ?? null },
  };
}

export function buildDeck(scenario: ScenarioId): EventId[] {
  const { exclude, extra } = SCENARIOS[scenario].deck;
  return [...EVENT_IDS.filter((id) => !exclude.includes(id)), ...extra];
}

/** Seeds the match's random stream, deals one secret agenda to each role and shuffles the deck. */
export function dealOpening(G: PeninsulaState, fallbackSeed: number): void {
  const secret = G.secret;
  if (secret === null) throw new Error('dealOpening needs the full state, not a player view');
  secret.rng = secret.seed !== null ? seedFromString(secret.seed) : fallbackSeed >>> 0;
  for (const role of ROLES) {
    const choices = agendasOf(role);
    const slice = G.private[role];
    if (slice) slice.agenda = choices[randomInt(secret, choices.length)] ?? null;
  }
  secret.deck = shuffle(secret, buildDeck(G.options.scenario));
  G.deckSize = secret.deck.length;
}
