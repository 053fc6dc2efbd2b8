import type { Effect } from '../effects';
import type { Role } from '../roles';

/** The numbers of summitry, in one place. */
export const MAX_PROPOSALS_PER_ROUND = 3;
export const MAX_ITEMS_PER_PACKAGE = 6;
/** A leader signs at most one agreement a round: summits are scarce, as they were. */
export const MAX_AGREEMENTS_PER_ROLE_PER_ROUND = 1;
/** Below this rapport the two leaders have no channel: a direct US–DPRK summit needs a mediator (China or South Korea) at the table. */
export const MIN_RAPPORT_FOR_DIRECT_SUMMIT = 3;
export const MEDIATORS = ['PRC', 'ROK'] as const;

/** On top of each item's own effects. A joint statement is all symbolism; a deal has something to verify. */
export const AGREEMENT_EFFECTS: Readonly<Record<'jointStatement' | 'deal', readonly Effect[]>> = {
  jointStatement: [
    { track: 'legitimacy', by: +1 },
    { track: 'tension', by: -1 },
  ],
  deal: [{ track: 'tension', by: -1 }],
};

/** Any agreement with both leaders at the table: contact and rapport (high rapport then feeds legitimacy in upkeep). */
export const LEADER_SUMMIT_EFFECTS: readonly Effect[] = [
  { flag: 'usDprkContact', set: true },
  { track: 'rapport', by: +1 },
];

/** Leaders of Washington and Pyongyang agree without Seoul at the table: "nothing about us without us". */
export const WITHOUT_SEOUL_EFFECTS: readonly Effect[] = [{ track: 'trustUsRok', by: -1 }];

/** The proposer leaves the table, as in Hanoi. */
export const WALK_OUT_EFFECTS: readonly Effect[] = [{ track: 'tension', by: +1 }];
export const LEADER_WALK_OUT_EFFECTS: readonly Effect[] = [{ track: 'rapport', by: -1 }];

/**
 * "No deal is better than a bad deal" (Hanoi, 2019; issue 15): walking out of a package that would
 * have moved the board against the walker's public objectives earns it standing.
 */
export const BAD_DEAL_WALK_OUT_CREDIT: Readonly<Record<Role, readonly Effect[]>> = {
  US: [{ track: 'usCredibility', by: +1 }],
  DPRK: [{ track: 'legitimacy', by: +1 }],
  ROK: [{ track: 'trustUsRok', by: +1 }],
  PRC: [{ track: 'tiesPrcDprk', by: +1 }],
  JPN: [{ track: 'trustUsJpn', by: +1 }],
};

/** Both leaders, Washington's and Pyongyang's, are among the parties. */
export function bothLeaders(parties: readonly Role[]): boolean {
  return parties.includes('US') && parties.includes('DPRK');
}
