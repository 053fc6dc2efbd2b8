import type { Condition, Effect } from '../effects';

/**
 * Russia is an actor the rules move, not a seat (issue 20). While the 2024 Comprehensive Strategic
 * Partnership holds (the flag `russiaPact`, set by the 2025 scenario), these standing rules run every
 * round through the one effect interpreter; the cards of shared/data/eventsPresent.ts give the
 * players choices about it. The numbers are the game's simplification, not an estimate of the trade.
 */
export interface StandingRule {
  readonly name: string;
  /** All must hold for the rule to apply. */
  readonly when: readonly Condition[];
  readonly effects: readonly Effect[];
  /** The news line when it applies, or null for a rule that only keeps a state (it is on the board). */
  readonly headline: string | null;
  /** How the rules document says it, for the players. */
  readonly rule: string;
}

const pact: Condition = { flag: 'russiaPact', is: true };
/** Moscow's payments lift the North's economy up to here, and no further. */
export const MARKET_UP_TO = 2;
/** At China–DPRK ties this low, Pyongyang leans on Moscow for technology. */
export const LEANS_ON_MOSCOW_AT = 3;

/** At the start of every round, before the crisis card is drawn. */
export const RUSSIA_ROUND_START: readonly StandingRule[] = [
  {
    name: 'Moscow\'s veto',
    when: [pact],
    effects: [{ flag: 'unVeto', set: true }],
    headline: null,
    rule: 'While the treaty holds, Russia vetoes any new UN sanctions: the UN veto holds every round, so UN routes to sanctions (tighten sanctions, push sanctions at the UN, the sanctions after a nuclear test) add what they add under a veto.',
  },
];

/** In upkeep, right after sanctions pressure. */
export const RUSSIA_UPKEEP: readonly StandingRule[] = [
  {
    // A lifeline, not a boom: Russian payments keep a squeezed economy going (issue 20, first runs on sim-* seeds: with it every round
    // the economy ended near 8 and North Korea won 50% of 2025 games; up to 3, 32%; up to 2, 30% with the US at 20%).
    name: 'Moscow\'s market',
    when: [pact, { track: 'economy', atMost: MARKET_UP_TO }],
    effects: [{ track: 'economy', by: +1 }],
    headline: 'Russia pays for shells and soldiers in oil, food and cash: the North\'s economy grows',
    rule: `While the Russia–DPRK treaty holds, Russia buys the North's shells and missiles and pays in oil, food and cash: DPRK economy +1 each round while it is ${MARKET_UP_TO} or less.`,
  },
  {
    // Pyongyang turned to Moscow while its ties with Beijing were cool (2023–24); China can keep it closer.
    name: 'Moscow\'s know-how',
    when: [pact, { track: 'tiesPrcDprk', atMost: LEANS_ON_MOSCOW_AT }],
    effects: [{ track: 'capability', by: +1 }],
    headline: 'With Beijing at arm\'s length, Pyongyang leans on Moscow: Russian military know-how flows north',
    rule: `While the treaty holds and China–DPRK ties are ${LEANS_ON_MOSCOW_AT} or less, Pyongyang leans on Moscow for military technology: DPRK capability +1 each round.`,
  },
];
