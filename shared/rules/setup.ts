import { agendasOf } from '../data/agendas';
import { DECK_POOLS, EVENTS, type EventId } from '../data/events';
import { isScripted, MONTHS_PER_ROUND, SCENARIOS, type ScenarioId } from '../data/scenarios';
import type { MatchOptions } from '../options';
import { seedFromString, randomInt, shuffle, type RngHolder } from '../rng';
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
    flags: { moratorium: scenario.moratorium, brink: false, unVeto: false, usDprkContact: false, russiaPact: scenario.russiaPact },
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

/** The cards a scenario's deck holds before shuffling (a scripted deck: its cards in their order). */
export function buildDeck(scenario: ScenarioId): EventId[] {
  const deck = SCENARIOS[scenario].deck;
  if (isScripted(deck)) return [...deck.script];
  return [...DECK_POOLS[deck.pool].filter((id) => !deck.exclude.includes(id)), ...deck.extra];
}

const monthIndex = (yyyymm: string) => Number(yyyymm.slice(0, 4)) * 12 + Number(yyyymm.slice(5, 7)) - 1;

/** The first month (YYYY-MM as a month count) of `round` in a scenario on the calendar. */
function monthOf(start: string, round: number): number {
  return monthIndex(start) + MONTHS_PER_ROUND * (round - 1);
}

/**
 * Can `event` be drawn in `round` of `scenario`? Undated cards always; dated ones only within their period;
 * a card about something that ended (`endedAfter`) not after it ended.
 */
export function inPeriod(event: EventId, scenario: ScenarioId, round: number): boolean {
  const { period, endedAfter } = EVENTS[event];
  const start = SCENARIOS[scenario].start;
  if (endedAfter !== undefined && start !== null && monthOf(start, round) > monthIndex(endedAfter)) return false;
  if (!period) return true;
  if (start === null) return false;
  const month = monthOf(start, round);
  return month >= monthIndex(period.from) && month <= monthIndex(period.until);
}

/**
 * Puts a shuffled deck in an order the calendar allows: each round takes the first card still in the
 * pile that may be drawn then; a dated card waits for its period, and one whose period has passed is dropped.
 */
export function scheduleDeck(shuffled: readonly EventId[], scenario: ScenarioId, firstRound = 1): EventId[] {
  const pile = [...shuffled];
  const out: EventId[] = [];
  for (let round = firstRound; pile.length > 0 && round < firstRound + shuffled.length; round++) {
    const next = pile.findIndex((e) => inPeriod(e, scenario, round));
    if (next < 0) break;
    out.push(...pile.splice(next, 1));
  }
  return out;
}

/** A scenario's deck in the order it will be drawn: shuffled and put in calendar order, or a scripted deck as written. */
export function dealDeck(rng: RngHolder, scenario: ScenarioId): EventId[] {
  const cards = buildDeck(scenario);
  return isScripted(SCENARIOS[scenario].deck) ? cards : scheduleDeck(shuffle(rng, cards), scenario);
}

/** Seeds the match's random stream, deals one secret agenda to each role and shuffles the deck (a scripted deck keeps its order). */
export function dealOpening(G: PeninsulaState, fallbackSeed: number): void {
  const secret = G.secret;
  if (secret === null) throw new Error('dealOpening needs the full state, not a player view');
  secret.rng = secret.seed !== null ? seedFromString(secret.seed) : fallbackSeed >>> 0;
  dealAgendas(G);
  secret.deck = dealDeck(secret, G.options.scenario);
  G.deckSize = secret.deck.length;
}

function dealAgendas(G: PeninsulaState): void {
  const secret = G.secret;
  if (secret === null) throw new Error('dealing agendas needs the full state, not a player view');
  for (const role of ROLES) {
    const choices = agendasOf(role);
    const slice = G.private[role];
    if (slice) slice.agenda = choices[randomInt(secret, choices.length)] ?? null;
  }
}

/**
 * Deals a running match's secrets anew, for a fork of it: a new random stream, a new agenda for
 * every role, and the undrawn cards shuffled again (in an order the calendar allows from the next
 * round; history's scripted deck keeps its order). The public board stays as it is; what the
 * parent's players still hold secret does not travel to the fork's.
 */
export function redealSecrets(G: PeninsulaState, seed: number): void {
  const secret = G.secret;
  if (secret === null) throw new Error('redealSecrets needs the full state, not a player view');
  secret.rng = seed >>> 0;
  secret.seed = null;
  dealAgendas(G);
  if (!isScripted(SCENARIOS[G.options.scenario].deck)) secret.deck = scheduleDeck(shuffle(secret, secret.deck), G.options.scenario, G.round + 1);
  G.deckSize = secret.deck.length;
}
