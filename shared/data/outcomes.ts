import { inForce, inspectionsInForce } from '../queries';
import { SCENARIOS } from './scenarios';
import { ARMS_RACE_BUILD_UP, armsRaceActive } from '../rules/upkeep';
import type { Role } from '../roles';
import type { PeninsulaState } from '../state';
import { STEP_BACK_TO } from '../tracks';

export interface OutcomeDef {
  readonly label: string;
  readonly explain: string;
  /** Added to each role's score (war is scored apart: everyone loses). */
  readonly bonus: Readonly<Record<Role, number>>;
  readonly holds: (G: PeninsulaState) => boolean;
}

/** The thresholds of the outcomes, in one place: the rules, the bots' foresight and the rules document read them. */
export const NORMALISATION = { capability: 8, legitimacy: 7 } as const;
export const DETENTE_MAX_TENSION = 3;
/**
 * Points a war costs the role whose orders raised tension most in its last round (War.blamed). Issue 15: war was
 * everyone's loss alike, so the debrief could not say who tipped it. A war has no winner either way: the blame
 * shows in the scores and the debrief, and bots (who fear any war at WAR_VALUE) play as before.
 */
export const WAR_BLAME_POINTS = 5;

/** In priority order: the first that holds is the peninsula's outcome. */
const outcomeTable = {
  war: {
    label: 'War', explain: `Tension ended a round at 10 and the next above ${STEP_BACK_TO}: nobody stepped back from the brink, and the crisis became a war. Everyone loses, and the role whose orders raised tension most in that last round loses most: ${WAR_BLAME_POINTS} points.`,
    bonus: { US: 0, DPRK: 0, ROK: 0, PRC: 0, JPN: 0 },
    holds: (G) => G.war !== null,
  },
  peaceRegime: {
    label: 'Peace regime', explain: 'An end-of-war declaration in force, inspectors on site, and capability no higher than when the game began.',
    bonus: { US: 4, DPRK: 2, ROK: 4, PRC: 2, JPN: 3 },
    holds: (G) => inForce(G, 'endOfWarDeclaration') && G.tracks.capability <= SCENARIOS[G.options.scenario].tracks.capability && inspectionsInForce(G),
  },
  nuclearNormalisation: {
    label: 'Nuclear normalisation', explain: `Capability ${NORMALISATION.capability} or more and legitimacy ${NORMALISATION.legitimacy} or more: the world has learned to live with a nuclear North Korea.`,
    bonus: { US: -2, DPRK: 1, ROK: -1, PRC: 1, JPN: -2 },
    holds: (G) => G.tracks.capability >= NORMALISATION.capability && G.tracks.legitimacy >= NORMALISATION.legitimacy,
  },
  // Détente before the arms race (issue 15): a region that arms but keeps calm has managed its crisis.
  managedDetente: {
    label: 'Managed détente', explain: `Tension at ${DETENTE_MAX_TENSION} or less: not peace, but not crisis either.`,
    // Balance pass 22: the same 9 points divided anew (were US 1, ROK 3, PRC 3, JPN 1). Seoul won 52–58% of the détentes of
    // the tuning games, China 13–19% and Japan 7–12%: Seoul already scores calm in its objectives (low tension, engagement),
    // and +3 on top settled the row. A calm border is Beijing's own aim ("no war, no chaos"; its 2017 "freeze for freeze"),
    // so +4; Tokyo, in range of every missile the North tests, +2; Washington's prize is a deal to announce, not a quiet
    // standoff, so 0. China won 13.8% of history mode and Japan 14.7% of 2025 on val15 (target 15–25%).
    // Balance pass 24: Seoul 3 and Beijing 3 again (Washington and Tokyo stay at 0 and 2). A calm border is Seoul's first aim
    // as much as Beijing's (its capital in artillery range of the DMZ; the 2018 military agreement was Moon's own); at 2,
    // South Korea became the role that wins least (16.2% of val17, 14.3% of After Hanoi) and China the most (22.1%, 25.3%).
    bonus: { US: 0, DPRK: 1, ROK: 3, PRC: 3, JPN: 2 },
    holds: (G) => G.tracks.tension <= DETENTE_MAX_TENSION,
  },
  armsRace: {
    label: 'Arms race', explain: `South Korean and Japanese defence together ${ARMS_RACE_BUILD_UP} or more above where they began: the region is arming.`,
    bonus: { US: -1, DPRK: -1, ROK: -2, PRC: -3, JPN: -1 },
    holds: armsRaceActive,
  },
  frozenConflict: {
    label: 'Frozen conflict', explain: 'Nothing settled: the armistice line holds, and so does the standoff.',
    // Balance pass 23: +1 to North Korea alone. A standoff with nothing settled leaves Pyongyang its weapons and its regime
    // without a concession, the status quo it has outlasted every negotiating partner with; for the others it is no gain.
    // North Korea won 13.2% of Singapore 2018 and 14.5% of 2025 on val16 (target 15–25%), the lowest role overall.
    bonus: { US: 0, DPRK: 1, ROK: 0, PRC: 0, JPN: 0 },
    holds: () => true,
  },
} satisfies Record<string, OutcomeDef>;

export type OutcomeId = keyof typeof outcomeTable;
export const OUTCOMES: Readonly<Record<OutcomeId, OutcomeDef>> = outcomeTable;
export const OUTCOME_IDS = Object.keys(OUTCOMES) as OutcomeId[];
