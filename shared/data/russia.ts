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
    name: 'Moscow\'s market',
    when: [pact],
    effects: [{ track: 'economy', by: +1 }],
    headline: 'Russia pays for shells and soldiers in oil, food and cash: the North\'s economy grows',
    rule: 'While the Russia–DPRK treaty holds, Russia buys the North\'s shells and missiles and pays in oil, food and cash: DPRK economy +1 each round.',
  },
  {
    // Pyongyang turned to Moscow while its ties with Beijing were cool (2023–24); China can keep it closer.
    name: 'Moscow\'s know-how',
    when: [pact, { track: 'tiesPrcDprk', atMost: 4 }],
    effects: [{ track: 'capability', by: +1 }],
    headline: 'With Beijing at arm\'s length, Pyongyang leans on Moscow: Russian military know-how flows north',
    rule: 'While the treaty holds and China–DPRK ties are 4 or less, Pyongyang leans on Moscow for military technology: DPRK capability +1 each round.',
  },
];
