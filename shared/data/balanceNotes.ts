/**
 * The balance log: every change to a number made with the simulation harness, and why.
 * docs/RULES.md ("Balance notes") and docs/BALANCE.md (the tuning log) are both built from it,
 * so the rules and the report cannot disagree about what was changed.
 */
export interface BalanceNote {
  /** What changed, in the words a player reads. */
  readonly change: string;
  /** Why: what the simulation showed. */
  readonly reason?: string;
  /** The tuning pass it belongs to. */
  readonly pass: number;
}

export const BALANCE_TARGETS_TEXT =
  'Targets: each role wins 12–30% of games; war in 5–20% of games; at least one agreement in most games; no single action in more than 60% of all orders.';

export const BALANCE_NOTES: readonly BalanceNote[] = [
  { pass: 1, change: 'Legitimacy came too easily: the charm offensive no longer adds legitimacy, a summit in Pyongyang adds 1 (not 2), and only rapport of 8 or more feeds legitimacy.' },
  { pass: 1, change: 'Too many agreements: a leader signs at most one agreement a round, and what is given to Pyongyang needs Pyongyang at the table.' },
  { pass: 1, change: 'Capability grew too fast: Yongbyon adds 1 every third round (not every second), a missile test cannot be repeated two rounds running, and two scenarios start one point lower.' },
  { pass: 1, change: 'Sanctions leaked: the economy now absorbs only 1 point of sanctions pressure, the economic lifeline gives 2 (not 3), and ship-to-ship evasion gives 1, or 2 when China enforces 4 or less.' },
  { pass: 1, change: 'A UN resolution now also costs Pyongyang 1 legitimacy.' },
];

/** Numbers measured before and after each tuning pass (`npm run simulate`), for the report's record. */
export const BALANCE_HISTORY = '';
