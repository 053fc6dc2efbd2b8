import { inForce, inspectionsInForce } from '../queries';
import type { Role } from '../roles';
import type { PeninsulaState } from '../state';

export interface OutcomeDef {
  readonly label: string;
  readonly explain: string;
  /** Added to each role's score (war is scored apart: everyone loses). */
  readonly bonus: Readonly<Record<Role, number>>;
  readonly holds: (G: PeninsulaState) => boolean;
}

/** In priority order: the first that holds is the peninsula's outcome. */
const outcomeTable = {
  war: {
    label: 'War', explain: 'Tension ended two rounds running at 10: nobody stepped back from the brink, and the crisis became a war. Everyone loses.',
    bonus: { US: 0, DPRK: 0, ROK: 0, PRC: 0, JPN: 0 },
    holds: (G) => G.war !== null,
  },
  peaceRegime: {
    label: 'Peace regime', explain: 'An end-of-war declaration in force, capability at 3 or less, and inspectors on site.',
    bonus: { US: 4, DPRK: 2, ROK: 4, PRC: 2, JPN: 3 },
    holds: (G) => inForce(G, 'endOfWarDeclaration') && G.tracks.capability <= 3 && inspectionsInForce(G),
  },
  nuclearNormalisation: {
    label: 'Nuclear normalisation', explain: 'Capability 8 or more and legitimacy 7 or more: the world has learned to live with a nuclear North Korea.',
    bonus: { US: -2, DPRK: 1, ROK: -1, PRC: 1, JPN: -2 },
    holds: (G) => G.tracks.capability >= 8 && G.tracks.legitimacy >= 7,
  },
  armsRace: {
    label: 'Arms race', explain: 'South Korean and Japanese defence together at 12 or more: the region is arming.',
    bonus: { US: -1, DPRK: -1, ROK: -2, PRC: -3, JPN: 0 },
    holds: (G) => G.tracks.rokDefence + G.tracks.jpnDefence >= 12,
  },
  managedDetente: {
    label: 'Managed détente', explain: 'Tension at 3 or less: not peace, but not crisis either.',
    bonus: { US: 1, DPRK: 1, ROK: 3, PRC: 3, JPN: 1 },
    holds: (G) => G.tracks.tension <= 3,
  },
  frozenConflict: {
    label: 'Frozen conflict', explain: 'Nothing settled: the armistice line holds, and so does the standoff.',
    bonus: { US: 0, DPRK: 0, ROK: 0, PRC: 0, JPN: 0 },
    holds: () => true,
  },
} satisfies Record<string, OutcomeDef>;

export type OutcomeId = keyof typeof outcomeTable;
export const OUTCOMES: Readonly<Record<OutcomeId, OutcomeDef>> = outcomeTable;
export const OUTCOME_IDS = Object.keys(OUTCOMES) as OutcomeId[];
